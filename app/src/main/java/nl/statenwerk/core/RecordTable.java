package nl.statenwerk.core;

import java.lang.reflect.RecordComponent;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persists one record type in one table, column per component ({@code sourceId} in {@code source_id}).
 *
 * <p>Every stored record has the components {@code id}, {@code sourceId}, {@code createdAt}, {@code modifiedAt} and
 * {@code deletedAt}; the table also has {@code raw_hash}. We map records by their components instead of by an ORM so
 * that a new field is one column and one component, and the import's change detection stays in one place.
 *
 * @param <T> the record type
 */
public final class RecordTable<T extends Record> {

    private static final Map<Class<?>, Integer> SQL_TYPES = Map.of(
            String.class, Types.VARCHAR,
            Integer.class, Types.INTEGER,
            Long.class, Types.BIGINT,
            Boolean.class, Types.BOOLEAN,
            LocalDate.class, Types.DATE,
            OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE,
            UUID.class, Types.OTHER);

    private final JdbcClient jdbc;
    private final Class<T> type;
    private final String table;
    private final RecordComponent[] components;
    private final List<String> columns;
    private final RowMapper<T> rowMapper;
    private final String insertSql;
    private final String updateSql;

    private RecordTable(JdbcClient jdbc, Class<T> type, String table) {
        this.jdbc = jdbc;
        this.type = type;
        this.table = table;
        this.components = type.getRecordComponents();
        this.columns =
                Arrays.stream(components).map(c -> snakeCase(c.getName())).toList();
        for (String required : List.of("id", "source_id", "created_at", "modified_at", "deleted_at")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException(type + " lacks the component for column " + required);
            }
        }
        this.rowMapper = rowMapper(type, components, columns);
        this.insertSql = "insert into " + table + " (" + String.join(", ", columns) + ", raw_hash) values ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :raw_hash)";
        this.updateSql = "update " + table + " set "
                + columns.stream()
                        .filter(c -> !c.equals("id") && !c.equals("created_at"))
                        .map(c -> c + " = :" + c)
                        .collect(Collectors.joining(", "))
                + ", raw_hash = :raw_hash where id = :id";
    }

    public static <T extends Record> RecordTable<T> of(JdbcClient jdbc, Class<T> type, String table) {
        return new RecordTable<>(jdbc, type, table);
    }

    public String table() {
        return table;
    }

    public RowMapper<T> rowMapper() {
        return rowMapper;
    }

    /** The table's columns, one per record component, in component order. */
    public List<String> columns() {
        return columns;
    }

    /** The value of one column of a record, e.g. {@code value(paper, "modified_at")}. */
    public @Nullable Object value(T record, String column) {
        return values(record).get(column);
    }

    /**
     * Writes a record, matching an existing row on {@code sourceId} (or on {@code id} when it has none). A row whose
     * {@code raw_hash} equals {@code rawHash} and that is not deleted is left as it is.
     *
     * @param rawHash the hash of the source record; {@code null} for objects made in the application
     */
    public Upserted upsert(T record, @Nullable String rawHash) {
        Map<String, Object> values = values(record);
        String sourceId = (String) values.get("source_id");
        UUID givenId = (UUID) values.get("id");
        Optional<Existing> existing = sourceId != null
                ? jdbc.sql("select id, raw_hash, deleted_at, created_at from " + table + " where source_id = :k")
                        .param("k", sourceId)
                        .query(Existing.MAPPER)
                        .optional()
                : givenId == null
                        ? Optional.empty()
                        : jdbc.sql("select id, raw_hash, deleted_at, created_at from " + table + " where id = :k")
                                .param("k", givenId)
                                .query(Existing.MAPPER)
                                .optional();
        OffsetDateTime now = now();
        if (existing.isEmpty()) {
            UUID id = givenId != null ? givenId : UUID.randomUUID();
            values.put("id", id);
            values.put("created_at", now);
            values.put("modified_at", now);
            values.put("deleted_at", null);
            values.put("raw_hash", rawHash);
            execute(insertSql, values);
            return new Upserted(id, UpsertOutcome.CREATED);
        }
        Existing row = existing.get();
        if (rawHash != null && rawHash.equals(row.rawHash()) && row.deletedAt() == null) {
            return new Upserted(row.id(), UpsertOutcome.UNCHANGED);
        }
        values.put("id", row.id());
        values.put("modified_at", now);
        values.put("deleted_at", null);
        values.put("raw_hash", rawHash);
        execute(updateSql, values);
        return new Upserted(row.id(), UpsertOutcome.UPDATED);
    }

    public Optional<T> find(UUID id) {
        return jdbc.sql("select * from " + table + " where id = :id")
                .param("id", id)
                .query(rowMapper)
                .optional();
    }

    public Optional<T> findBySourceId(String sourceId) {
        return jdbc.sql("select * from " + table + " where source_id = :s")
                .param("s", sourceId)
                .query(rowMapper)
                .optional();
    }

    public Optional<UUID> idOf(String sourceId) {
        return jdbc.sql("select id from " + table + " where source_id = :s")
                .param("s", sourceId)
                .query(UUID.class)
                .optional();
    }

    /** Rows matching a SQL condition over this table's columns, e.g. {@code "meeting_id = :m order by position"}. */
    public List<T> where(String condition, Map<String, ?> params) {
        return jdbc.sql("select * from " + table + " where " + condition)
                .params(params)
                .query(rowMapper)
                .list();
    }

    /** Marks a row deleted; it stays for incremental sync, which reports it as deleted. */
    public void softDelete(UUID id) {
        jdbc.sql("update " + table + " set deleted_at = :now, modified_at = :now where id = :id and deleted_at is null")
                .param("now", now())
                .param("id", id)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from " + table + " where deleted_at is null")
                .query(Long.class)
                .single();
    }

    private void execute(String sql, Map<String, Object> values) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            String column = columns.get(i);
            params.put(column, typed(components[i].getType(), values.get(column)));
        }
        params.put("raw_hash", typed(String.class, values.get("raw_hash")));
        jdbc.sql(sql).params(params).update();
    }

    private Map<String, Object> values(T record) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            try {
                values.put(columns.get(i), components[i].getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + components[i] + " of " + type, e);
            }
        }
        return values;
    }

    private static Object typed(Class<?> javaType, @Nullable Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value != null) {
            return value;
        }
        int sqlType = javaType.isEnum() ? Types.VARCHAR : SQL_TYPES.getOrDefault(javaType, Types.NULL);
        return new SqlParameterValue(sqlType, null);
    }

    /**
     * Reads a row by the record's columns, each by its exact name and type. Spring's DataClassRowMapper first looks
     * for a column without underscores and lets the driver throw for each miss, which made reading the slowest part
     * of an import.
     */
    private static <T extends Record> RowMapper<T> rowMapper(
            Class<T> type, RecordComponent[] components, List<String> columns) {
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        java.lang.reflect.Constructor<T> constructor;
        try {
            constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
        return (rs, rowNum) -> {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = read(rs, columns.get(i), types[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot make " + type.getSimpleName() + " from a row", e);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object read(java.sql.ResultSet rs, String column, Class<?> type)
            throws java.sql.SQLException {
        if (type == String.class) {
            return rs.getString(column);
        }
        if (type == int.class) {
            return rs.getInt(column);
        }
        if (type == boolean.class) {
            return rs.getBoolean(column);
        }
        if (type == long.class) {
            return rs.getLong(column);
        }
        if (type.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : Enum.valueOf((Class<? extends Enum>) type, name);
        }
        Object value = rs.getObject(column, type);
        return rs.wasNull() ? null : value;
    }

    /** Timestamps at microsecond precision, the finest both PostgreSQL and H2 keep, so round trips compare equal. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private record Existing(
            UUID id, @Nullable String rawHash, @Nullable OffsetDateTime deletedAt, OffsetDateTime createdAt) {
        static final RowMapper<Existing> MAPPER = (rs, n) -> new Existing(
                rs.getObject("id", UUID.class),
                rs.getString("raw_hash"),
                rs.getObject("deleted_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
