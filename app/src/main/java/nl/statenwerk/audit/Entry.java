package nl.statenwerk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored entry of the chain, and the chain's rule: {@code hash = SHA-256(previousHash + "\n" + canonical())}
 * over UTF-8, as lowercase hex. The canonical form is a JSON array (RFC 8259) without spaces of, in this order:
 * {@code "statenwerk-audit-1"}, seq (a number), then the strings or nulls trace_id, span_id, parent_span_id, name,
 * start_time, end_time, status, actor_id, actor_role, processing_activity_id, legal_basis, object_type, object_id,
 * data_subject_id, data_subject_id_type, confidentiality, client_address, client_agent, outcome, recorded_at.
 * Timestamps are UTC, ISO-8601 with exactly six decimals: {@code 2026-11-29T11:38:45.123456Z}. Strings escape
 * {@code "} and {@code \} and the control characters below U+0020 ({@code \b \f \n \r \t}, else {@code \u001f} in
 * lowercase hex) and nothing else, as Python's {@code json.dumps(x, ensure_ascii=False, separators=(",", ":"))}.
 */
record Entry(long seq, AuditEvent event, Instant recordedAt, String previousHash, String hash) {

    static final String GENESIS = "0".repeat(64);
    static final String FORMAT = "statenwerk-audit-1";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The next entry after one with {@code previousHash} at {@code seq - 1}. */
    static Entry chain(long seq, AuditEvent event, Instant recordedAt, String previousHash) {
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        return new Entry(seq, event, at, previousHash, hash(previousHash, canonical(seq, event, at)));
    }

    static String hash(String previousHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String canonical(long seq, AuditEvent e, Instant recordedAt) {
        return canonical(seq, fields(e, recordedAt));
    }

    /** The canonical form of the fields as {@link #fields} orders them. */
    static String canonical(long seq, List<@Nullable String> fields) {
        StringBuilder out = new StringBuilder(512).append('[');
        string(out, FORMAT);
        out.append(',').append(seq);
        for (String field : fields) {
            out.append(',');
            string(out, field);
        }
        return out.append(']').toString();
    }

    /** The hashed fields after the sequence number, in the canonical order. */
    static List<@Nullable String> fields(AuditEvent e, Instant recordedAt) {
        Subject s = e.subject();
        Client c = e.client();
        List<@Nullable String> fields = new ArrayList<>(20);
        fields.add(e.traceId());
        fields.add(e.spanId());
        fields.add(e.parentSpanId());
        fields.add(e.name());
        fields.add(time(e.startTime()));
        fields.add(time(e.endTime()));
        fields.add(e.status().name());
        fields.add(e.actor().id());
        fields.add(e.actor().role());
        fields.add(e.activity().id());
        fields.add(e.activity().legalBasis());
        fields.add(s == null ? null : s.objectType());
        fields.add(s == null ? null : s.objectId());
        fields.add(s == null ? null : s.dataSubjectId());
        fields.add(s == null ? null : s.dataSubjectIdType());
        fields.add(s == null ? null : s.confidentiality());
        fields.add(c == null ? null : c.address());
        fields.add(c == null ? null : c.agent());
        fields.add(e.outcome());
        fields.add(time(recordedAt));
        return fields;
    }

    /** The column of each field of {@link #fields}, in the same order. */
    static final List<String> COLUMNS = List.of(
            "trace_id",
            "span_id",
            "parent_span_id",
            "name",
            "start_time",
            "end_time",
            "status",
            "actor_id",
            "actor_role",
            "processing_activity_id",
            "legal_basis",
            "object_type",
            "object_id",
            "data_subject_id",
            "data_subject_id_type",
            "confidentiality",
            "client_address",
            "client_agent",
            "outcome",
            "recorded_at");

    /**
     * The fields of a stored row as they are, without validating them: verification must judge a row changed by hand
     * into something the application would never write, not fail on it.
     */
    static List<@Nullable String> rawFields(ResultSet rs) throws SQLException {
        List<@Nullable String> fields = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            if (column.endsWith("_time") || column.equals("recorded_at")) {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                fields.add(at == null ? null : time(at.toInstant()));
            } else {
                fields.add(rs.getString(column));
            }
        }
        return fields;
    }

    static void string(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Reads the event columns of {@code audit_entry} or {@code audit_pending}. */
    static AuditEvent event(ResultSet rs) throws SQLException {
        String objectType = rs.getString("object_type");
        String address = rs.getString("client_address");
        String agent = rs.getString("client_agent");
        return new AuditEvent(
                rs.getString("trace_id"),
                rs.getString("span_id"),
                rs.getString("parent_span_id"),
                rs.getString("name"),
                instant(rs, "start_time"),
                instant(rs, "end_time"),
                AuditEvent.Status.valueOf(rs.getString("status")),
                new Actor(rs.getString("actor_id"), rs.getString("actor_role")),
                new ProcessingActivity(rs.getString("processing_activity_id"), rs.getString("legal_basis")),
                objectType == null
                        ? null
                        : new Subject(
                                objectType,
                                rs.getString("object_id"),
                                rs.getString("data_subject_id"),
                                rs.getString("data_subject_id_type"),
                                rs.getString("confidentiality")),
                address == null && agent == null ? null : new Client(address, agent),
                rs.getString("outcome"));
    }

    static Entry read(ResultSet rs) throws SQLException {
        return new Entry(
                rs.getLong("seq"),
                event(rs),
                instant(rs, "recorded_at"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
