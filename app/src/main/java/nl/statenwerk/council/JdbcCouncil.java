package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.core.Confidentiality;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcCouncil implements Council, Council.Links {

    private static final String PUBLIC_PAPER =
            "(paper_id is null or paper_id in (select id from paper where is_public))";
    private static final String PUBLIC_VOTE = "vote_id in (select id from vote where " + PUBLIC_PAPER + ")";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Map<Class<?>, Table<?>> tables = new HashMap<>();

    JdbcCouncil(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        register(Body.class, "body", "true");
        register(LegislativeTerm.class, "legislative_term", "true");
        register(Organization.class, "organization", "true");
        register(Person.class, "person", "true");
        register(Membership.class, "membership", "true");
        register(Meeting.class, "meeting", "true");
        register(AgendaItem.class, "agenda_item", "true");
        register(Paper.class, "paper", "is_public");
        register(PaperSubmitter.class, "paper_submitter", PUBLIC_PAPER);
        register(Consultation.class, "consultation", PUBLIC_PAPER);
        register(Attendance.class, "attendance", "true");
        register(Decision.class, "decision", "true");
        register(Vote.class, "vote", PUBLIC_PAPER);
        register(VoteFractionResult.class, "vote_fraction_result", PUBLIC_VOTE);
        register(VoteCast.class, "vote_cast", PUBLIC_VOTE);
        register(Commitment.class, "commitment", PUBLIC_PAPER);
    }

    private <T extends Record> void register(Class<T> type, String table, String publicCondition) {
        tables.put(type, new Table<>(RecordTable.of(jdbc, type, table), publicCondition));
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> Table<T> table(Class<T> type) {
        Table<T> table = (Table<T>) tables.get(type);
        if (table == null) {
            throw new IllegalArgumentException(type.getName() + " is not an object of the stukkenstroom");
        }
        return table;
    }

    @Override
    public <T extends Record> Upserted save(T object, @Nullable String rawHash) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) object.getClass();
        T toSave = object instanceof Paper paper ? type.cast(withPublicFlag(paper)) : object;
        Upserted saved = table(type).records().upsert(toSave, rawHash);
        if (saved.outcome() != UpsertOutcome.UNCHANGED && toSave instanceof Paper paper) {
            jdbc.sql("update paper set access_level = :level where id = :id")
                    .param("level", AccessLevel.of(paper.confidentiality()).name())
                    .param("id", saved.id())
                    .update();
            jdbc.sql(
                            paper.isPublic()
                                    ? "update paper set public_since = :now where id = :id and public_since is null"
                                    : "update paper set public_since = null where id = :id")
                    .param("now", java.time.OffsetDateTime.now())
                    .param("id", saved.id())
                    .update();
        }
        if (saved.outcome() != UpsertOutcome.UNCHANGED) {
            events.publishEvent(new CouncilObjectChanged(type.getSimpleName(), saved.id()));
            switch (toSave) {
                case Decision d -> deriveCommitment(d.bodyId(), saved.id(), d.commitment(), null, null, null);
                case Paper p ->
                    deriveCommitment(
                            p.bodyId(),
                            saved.id(),
                            p.paperType() == PaperType.TOEZEGGING ? p.name() : null,
                            saved.id(),
                            p.portfolioHolder(),
                            p.paperDate() != null ? p.paperDate() : p.submittedDate());
                default -> {}
            }
        }
        return saved;
    }

    /**
     * Keeps the commitment (toezegging) a decision or a paper of type toezegging carries, whichever importer wrote
     * it: written or updated with its source, deleted when the source no longer has one. Keyed by the source's id, so
     * the griffie's afdoening (kept apart, by the commitment's id) survives every re-import.
     */
    private void deriveCommitment(
            UUID bodyId,
            UUID sourceId,
            @Nullable String text,
            @Nullable UUID paperId,
            @Nullable String portfolio,
            @Nullable LocalDate date) {
        String key = "toezegging:" + sourceId;
        if (text == null || text.isBlank()) {
            table(Commitment.class).records().idOf(key).ifPresent(id -> delete(Commitment.class, id));
            return;
        }
        save(
                new Commitment(
                        null,
                        bodyId,
                        key,
                        text.strip(),
                        null,
                        portfolio,
                        paperId == null ? sourceId : null,
                        paperId,
                        null,
                        null,
                        date,
                        null,
                        null,
                        null),
                null);
    }

    private static Paper withPublicFlag(Paper p) {
        return new Paper(
                p.id(),
                p.bodyId(),
                p.sourceId(),
                p.name(),
                p.reference(),
                p.paperDate(),
                p.paperType(),
                p.motionType(),
                p.questionType(),
                p.confidentiality(),
                Confidentiality.isPublic(p.confidentiality()),
                p.author(),
                p.description(),
                p.content(),
                p.explanation(),
                p.submittedDate(),
                p.portfolioHolder(),
                p.language(),
                p.version(),
                p.sourceOrganization(),
                p.createdAt(),
                p.modifiedAt(),
                p.deletedAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<java.time.OffsetDateTime> publicSince(UUID paperId) {
        return jdbc.sql("select public_since from paper where id = :id and is_public and deleted_at is null")
                .param("id", paperId)
                .query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> Optional<T> find(Class<T> type, UUID id) {
        return table(type).records().find(id);
    }

    @Override
    public <T extends Record> void delete(Class<T> type, UUID id) {
        table(type).records().softDelete(id);
        events.publishEvent(new CouncilObjectChanged(type.getSimpleName(), id));
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> Optional<T> findPublic(Class<T> type, UUID id) {
        Table<T> table = table(type);
        return table.records().where("id = :id and " + table.publicCondition(), Map.of("id", id)).stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> Optional<UUID> idOf(Class<T> type, String sourceId) {
        return table(type).records().idOf(sourceId);
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> Slice<T> list(Class<T> type, ListQuery query) {
        Table<T> table = table(type);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.bodyId() != null) {
            conditions.add(type == Body.class ? "id = :body" : "body_id = :body");
            params.put("body", query.bodyId());
        }
        if (query.modifiedSince() != null) {
            conditions.add("modified_at > :since");
            params.put("since", query.modifiedSince());
        }
        if (query.after() != null) {
            conditions.add("(modified_at > :afterAt or (modified_at = :afterAt and id > :afterId))");
            params.put("afterAt", query.after().modifiedAt());
            params.put("afterId", query.after().id());
        }
        if (query.organizationClassification() != null) {
            if (type == Organization.class) {
                conditions.add("classification = :classification");
            } else if (type == Membership.class) {
                conditions.add(
                        "organization_id in (select id from organization where classification = :classification)");
            } else {
                throw new IllegalArgumentException(type.getSimpleName() + " has no organisation classification");
            }
            params.put("classification", query.organizationClassification().name());
        }
        if (query.publicOnly()) {
            conditions.add(table.publicCondition());
        }
        if (!query.includeDeleted()) {
            conditions.add("deleted_at is null");
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        List<T> rows = table.records().where(where + " order by modified_at, id limit " + (query.limit() + 1), params);
        if (rows.size() <= query.limit()) {
            return new Slice<>(rows, null);
        }
        List<T> page = rows.subList(0, query.limit());
        T last = page.getLast();
        var records = table.records();
        return new Slice<>(List.copyOf(page), new Cursor((OffsetDateTime) records.value(last, "modified_at"), (UUID)
                records.value(last, "id")));
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> List<T> related(Class<T> type, String column, UUID id, boolean publicOnly) {
        Table<T> table = table(type);
        if (!table.records().columns().contains(column)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no column " + column);
        }
        String order = table.records().columns().contains("position") ? "position, id" : "created_at, id";
        return table.records()
                .where(
                        column + " = :id and deleted_at is null" + (publicOnly ? " and " + table.publicCondition() : "")
                                + " order by " + order,
                        Map.of("id", id));
    }

    @Override
    @Transactional(readOnly = true)
    public <T extends Record> List<T> related(
            Class<T> type, String column, java.util.Collection<UUID> ids, boolean publicOnly) {
        Table<T> table = table(type);
        if (!table.records().columns().contains(column)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no column " + column);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String order = table.records().columns().contains("position") ? "position, id" : "created_at, id";
        List<T> all = new java.util.ArrayList<>();
        List<UUID> distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
        // bounded IN lists: both databases plan them well, and no statement grows without limit
        for (int from = 0; from < distinct.size(); from += 500) {
            all.addAll(table.records()
                    .where(
                            column + " in (:ids) and deleted_at is null"
                                    + (publicOnly ? " and " + table.publicCondition() : "") + " order by " + order,
                            Map.of("ids", distinct.subList(from, Math.min(distinct.size(), from + 500)))));
        }
        return all;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetingsByDate(
            @Nullable UUID bodyId,
            @Nullable UUID organizationId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            boolean newestFirst,
            int limit) {
        checkLimit(limit);
        List<String> conditions = new ArrayList<>(List.of("deleted_at is null", "meeting_date is not null"));
        Map<String, Object> params = new HashMap<>();
        if (bodyId != null) {
            conditions.add("body_id = :body");
            params.put("body", bodyId);
        }
        if (organizationId != null) {
            conditions.add("organization_id = :organization");
            params.put("organization", organizationId);
        }
        if (from != null) {
            conditions.add("meeting_date >= :from");
            params.put("from", from);
        }
        if (to != null) {
            conditions.add("meeting_date <= :to");
            params.put("to", to);
        }
        String direction = newestFirst ? " desc" : "";
        return table(Meeting.class)
                .records()
                .where(
                        String.join(" and ", conditions) + " order by meeting_date" + direction
                                + ", coalesce(start_at, planned_start_at)" + direction + ", id limit " + limit,
                        params);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Paper> latestPublicPapers(@Nullable UUID bodyId, int limit) {
        checkLimit(limit);
        Map<String, Object> params = new HashMap<>();
        String condition = "is_public and deleted_at is null";
        if (bodyId != null) {
            condition += " and body_id = :body";
            params.put("body", bodyId);
        }
        return table(Paper.class)
                .records()
                .where(
                        condition
                                + " order by paper_date desc nulls last, submitted_date desc nulls last, modified_at desc, id limit "
                                + limit,
                        params);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }

    @Override
    public Links links() {
        return this;
    }

    @Override
    public void keepSourceRecord(UUID objectId, String objectType, String sourceId, String rawJson) {
        jdbc.sql("delete from source_record where object_id = :id")
                .param("id", objectId)
                .update();
        jdbc.sql("insert into source_record (object_id, object_type, source_id, raw_json, imported_at)"
                        + " values (:id, :type, :source, :raw, :at)")
                .param("id", objectId)
                .param("type", objectType)
                .param("source", sourceId)
                .param("raw", rawJson)
                .param("at", RecordTable.now())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PaperAccess> paperAccess(UUID paperId) {
        Set<UUID> readers = new HashSet<>(jdbc.sql("select person_id from paper_reader where paper_id = :id")
                .param("id", paperId)
                .query(UUID.class)
                .list());
        return jdbc.sql("select body_id, access_level, owner_organization_id from paper where id = :id")
                .param("id", paperId)
                .query((rs, row) -> new PaperAccess(
                        paperId,
                        rs.getObject("body_id", UUID.class),
                        AccessLevel.valueOf(rs.getString("access_level")),
                        rs.getObject("owner_organization_id", UUID.class),
                        readers))
                .optional();
    }

    @Override
    public void setPaperReaders(UUID paperId, @Nullable UUID owner, Set<UUID> readers) {
        if (jdbc.sql("update paper set owner_organization_id = :owner where id = :id")
                        .param("owner", owner)
                        .param("id", paperId)
                        .update()
                == 0) {
            throw new java.util.NoSuchElementException("no paper " + paperId);
        }
        jdbc.sql("delete from paper_reader where paper_id = :id")
                .param("id", paperId)
                .update();
        for (UUID person : readers) {
            jdbc.sql("insert into paper_reader (paper_id, person_id, granted_at) values (:paper, :person, :at)")
                    .param("paper", paperId)
                    .param("person", person)
                    .param("at", RecordTable.now())
                    .update();
        }
        events.publishEvent(new CouncilObjectChanged(Paper.class.getSimpleName(), paperId));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFilePublic(UUID fileId) {
        // a file of the members' environment hangs off no paper, which would make it look public: the file store
        // marks it internal (FileCatalog.saveInternal), and such a file is never public
        boolean internal = jdbc.sql("select count(*) from stored_file where id = :id and internal")
                        .param("id", fileId)
                        .query(Long.class)
                        .single()
                > 0;
        return !internal
                && jdbc.sql("select count(*) from paper_file f join paper p on p.id = f.paper_id"
                                        + " where f.file_id = :id and not p.is_public")
                                .param("id", fileId)
                                .query(Long.class)
                                .single()
                        == 0
                && publicVersionOf(fileId).isEmpty();
    }

    @Override
    public void replaceWithPublicVersion(UUID originalFileId, UUID publicFileId) {
        // a redaction of a redacted version: what pointed at it points at the newest one
        jdbc.sql("update file_public_version set public_file_id = :public where public_file_id = :original")
                .param("public", publicFileId)
                .param("original", originalFileId)
                .update();
        if (jdbc.sql("update file_public_version set public_file_id = :public, replaced_at = :now"
                                + " where original_file_id = :original")
                        .param("public", publicFileId)
                        .param("now", java.time.OffsetDateTime.now())
                        .param("original", originalFileId)
                        .update()
                == 0) {
            jdbc.sql("insert into file_public_version (original_file_id, public_file_id, replaced_at)"
                            + " values (:original, :public, :now)")
                    .param("original", originalFileId)
                    .param("public", publicFileId)
                    .param("now", java.time.OffsetDateTime.now())
                    .update();
        }
        List<UUID> papers =
                papersOfFile(originalFileId).stream().map(PaperFile::paperId).toList();
        jdbc.sql("update paper_file set file_id = :public where file_id = :original")
                .param("public", publicFileId)
                .param("original", originalFileId)
                .update();
        jdbc.sql("update meeting_file set file_id = :public where file_id = :original")
                .param("public", publicFileId)
                .param("original", originalFileId)
                .update();
        // the search index shows a paper's file text: it must now show the redacted version's
        papers.forEach(id -> events.publishEvent(new CouncilObjectChanged("Paper", id)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> publicVersionOf(UUID originalFileId) {
        return jdbc.sql("select public_file_id from file_public_version where original_file_id = :id")
                .param("id", originalFileId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public void replacePaperFiles(UUID paperId, List<PaperFile> given) {
        jdbc.sql("delete from paper_file where paper_id = :id")
                .param("id", paperId)
                .update();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        List<PaperFile> files = given.stream()
                .map(f -> publicVersionOf(f.fileId())
                        .map(v -> new PaperFile(f.paperId(), v, f.role(), f.position()))
                        .orElse(f))
                .filter(f -> seen.add(f.fileId()))
                .toList();
        for (PaperFile file : files) {
            jdbc.sql("insert into paper_file (paper_id, file_id, role, position) values (:p, :f, :r, :o)")
                    .param("p", file.paperId())
                    .param("f", file.fileId())
                    .param("r", file.role().name())
                    .param("o", file.position())
                    .update();
        }
    }

    @Override
    public void replacePaperRelations(UUID paperId, List<PaperRelation> relations) {
        jdbc.sql("delete from paper_relation where paper_id = :id")
                .param("id", paperId)
                .update();
        for (PaperRelation relation : relations) {
            jdbc.sql("insert into paper_relation (paper_id, related_paper_id, role) values (:p, :r, :role)")
                    .param("p", relation.paperId())
                    .param("r", relation.relatedPaperId())
                    .param("role", relation.role())
                    .update();
        }
    }

    @Override
    public void replaceMeetingFiles(UUID meetingId, List<MeetingFile> given) {
        jdbc.sql("delete from meeting_file where meeting_id = :id")
                .param("id", meetingId)
                .update();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        List<MeetingFile> files = given.stream()
                .map(f -> publicVersionOf(f.fileId())
                        .map(v -> new MeetingFile(f.meetingId(), v, f.role()))
                        .orElse(f))
                .filter(f -> seen.add(f.fileId()))
                .toList();
        for (MeetingFile file : files) {
            jdbc.sql("insert into meeting_file (meeting_id, file_id, role) values (:m, :f, :r)")
                    .param("m", file.meetingId())
                    .param("f", file.fileId())
                    .param("r", file.role().name())
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaperFile> paperFiles(UUID paperId) {
        return jdbc.sql("select * from paper_file where paper_id = :id order by position, file_id")
                .param("id", paperId)
                .query(PaperFile.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaperFile> papersOfFile(UUID fileId) {
        return jdbc.sql("select * from paper_file where file_id = :id order by paper_id")
                .param("id", fileId)
                .query(PaperFile.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaperRelation> paperRelations(UUID paperId) {
        return jdbc.sql("select * from paper_relation where paper_id = :id order by related_paper_id")
                .param("id", paperId)
                .query(PaperRelation.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingFile> meetingFiles(UUID meetingId) {
        return jdbc.sql("select * from meeting_file where meeting_id = :id order by role, file_id")
                .param("id", meetingId)
                .query(MeetingFile.class)
                .list();
    }

    private record Table<T extends Record>(RecordTable<T> records, String publicCondition) {}
}
