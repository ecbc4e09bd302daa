package nl.statenwerk.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.records.Appraisal;
import nl.statenwerk.records.RecordKind;
import nl.statenwerk.records.RetentionCategory;
import nl.statenwerk.records.SelectionList;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destruction lists in {@code destruction_list} and {@code destruction_item}, verklaringen in {@code
 * destruction_record}. The candidates are read from the council's tables in SQL (a cross-module read, as the documents
 * overview does): the council's API has no query by type and date, and a selection by appraisal needs one.
 */
@Service
class JdbcRetention implements Retention {

    /**
     * The vertrouwelijkheidsaanduiding a destroyed paper gets: not {@code openbaar}, so by the platform's fail-closed
     * rule every public view (portal, APIs, search, sitemaps) treats it as not there.
     */
    static final String DESTROYED = "vernietigd";

    private final JdbcClient jdbc;
    private final Council council;
    private final FileCatalog files;
    private final SelectionList selectionList;
    private final JdbcLegalHolds holds;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    JdbcRetention(
            JdbcClient jdbc,
            Council council,
            FileCatalog files,
            SelectionList selectionList,
            JdbcLegalHolds holds,
            Accounts accounts,
            AuditLog audit,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.council = council;
        this.files = files;
        this.selectionList = selectionList;
        this.holds = holds;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A paper or meeting whose retention has passed. */
    record Candidate(
            RecordKind kind,
            UUID id,
            UUID bodyId,
            String identification,
            String title,
            RetentionCategory category,
            LocalDate closed,
            LocalDate due) {}

    @Override
    @Transactional
    public Proposal propose(UUID bodyId, LocalDate today, Actor actor) {
        DestructionList draft = draft(bodyId, actor);
        Set<String> excluded = new HashSet<>(jdbc.sql("""
                        select i.record_kind, i.record_id from destruction_item i
                        join destruction_list l on l.id = i.list_id
                        where i.list_id = :draft or (l.state = 'APPROVED' and i.state = 'PROPOSED')
                        """)
                .param("draft", draft.id())
                .query((rs, n) -> rs.getString(1) + ":" + rs.getObject(2, UUID.class))
                .list());
        Set<String> held = holds.activeKeys();
        int added = 0;
        for (Candidate c : candidates(bodyId, today)) {
            if (excluded.contains(c.kind() + ":" + c.id()) || JdbcLegalHolds.covers(held, c)) {
                continue;
            }
            jdbc.sql("""
                            insert into destruction_item (list_id, record_kind, record_id, identification, title,
                                category_code, closed_date, due_date, state)
                            values (:list, :kind, :id, :identification, :title, :category, :closed, :due, 'PROPOSED')
                            """)
                    .param("list", draft.id())
                    .param("kind", c.kind().name())
                    .param("id", c.id())
                    .param("identification", cut(c.identification(), 2000))
                    .param("title", cut(c.title(), 2000))
                    .param("category", c.category().code())
                    .param("closed", c.closed())
                    .param("due", c.due())
                    .update();
            added++;
        }
        if (added > 0) {
            record(actor, "vernietiging-voorgesteld", "DestructionList", draft.id(), added + " records op de lijst");
        }
        return new Proposal(draft, added);
    }

    private DestructionList draft(UUID bodyId, Actor actor) {
        Optional<DestructionList> existing = jdbc.sql(
                        "select * from destruction_list where body_id = :body and state = 'DRAFT'")
                .param("body", bodyId)
                .query(DataClassRowMapper.newInstance(DestructionList.class))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into destruction_list (id, body_id, state, drawn_up_by, drawn_up_at)
                        values (:id, :body, 'DRAFT', :by, :at)
                        """)
                .param("id", id)
                .param("body", bodyId)
                .param("by", actor.id())
                .param("at", now())
                .update();
        return list(id).orElseThrow();
    }

    /** Records of a category to destroy whose due date is {@code today} or earlier; {@code bodyId} null for all. */
    List<Candidate> candidates(@Nullable UUID bodyId, LocalDate today) {
        Map<PaperType, RetentionCategory> toDestroy = new EnumMap<>(PaperType.class);
        for (PaperType type : PaperType.values()) {
            RetentionCategory category = selectionList.categoryOf(RecordKind.PAPER, type);
            if (category.appraisal() == Appraisal.DESTROY) {
                toDestroy.put(type, category);
            }
        }
        List<Candidate> result = new ArrayList<>();
        String body = bodyId == null ? "" : " and body_id = :body";
        if (!toDestroy.isEmpty()) {
            var query = jdbc.sql("select id, body_id, name, reference, source_id, paper_type, paper_date from paper"
                            + " where deleted_at is null and paper_date is not null and paper_type in (:types)" + body)
                    .param("types", toDestroy.keySet().stream().map(Enum::name).toList());
            if (bodyId != null) {
                query = query.param("body", bodyId);
            }
            for (Candidate c : query.query((rs, n) -> {
                        RetentionCategory category = toDestroy.get(PaperType.valueOf(rs.getString("paper_type")));
                        LocalDate closed = rs.getObject("paper_date", LocalDate.class);
                        return new Candidate(
                                RecordKind.PAPER,
                                rs.getObject("id", UUID.class),
                                rs.getObject("body_id", UUID.class),
                                identification(
                                        rs.getString("reference"), rs.getString("source_id"), rs.getString("id")),
                                rs.getString("name"),
                                category,
                                closed,
                                category.destructionDue(closed).orElseThrow());
                    })
                    .list()) {
                if (!c.due().isAfter(today)) {
                    result.add(c);
                }
            }
        }
        RetentionCategory meetings = selectionList.categoryOf(RecordKind.MEETING, null);
        if (meetings.appraisal() == Appraisal.DESTROY) {
            var query = jdbc.sql("select id, body_id, name, source_id, meeting_date from meeting"
                    + " where deleted_at is null and meeting_date is not null" + body);
            if (bodyId != null) {
                query = query.param("body", bodyId);
            }
            for (Candidate c : query.query((rs, n) -> {
                        LocalDate closed = rs.getObject("meeting_date", LocalDate.class);
                        String name = rs.getString("name");
                        return new Candidate(
                                RecordKind.MEETING,
                                rs.getObject("id", UUID.class),
                                rs.getObject("body_id", UUID.class),
                                identification(null, rs.getString("source_id"), rs.getString("id")),
                                name == null ? "Vergadering van " + closed : name,
                                meetings,
                                closed,
                                meetings.destructionDue(closed).orElseThrow());
                    })
                    .list()) {
                if (!c.due().isAfter(today)) {
                    result.add(c);
                }
            }
        }
        return result;
    }

    private static String identification(@Nullable String reference, @Nullable String sourceId, String id) {
        return reference != null && !reference.isBlank() ? reference : sourceId != null ? sourceId : id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DestructionList> lists() {
        return jdbc.sql("select * from destruction_list order by drawn_up_at desc, id")
                .query(DataClassRowMapper.newInstance(DestructionList.class))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DestructionList> list(UUID listId) {
        return jdbc.sql("select * from destruction_list where id = :id")
                .param("id", listId)
                .query(DataClassRowMapper.newInstance(DestructionList.class))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListedRecord> records(UUID listId) {
        return jdbc.sql("select * from destruction_item where list_id = :id order by due_date, title, record_id")
                .param("id", listId)
                .query(DataClassRowMapper.newInstance(ListedRecord.class))
                .list();
    }

    @Override
    @Transactional
    public void remove(UUID listId, RecordKind kind, UUID recordId, String reason, Actor actor) {
        if (reason.isBlank()) {
            throw new DestructionRefused("Geef een reden om het record van de lijst te halen.");
        }
        requireState(listId, ListState.DRAFT, "Alleen van een concept-lijst kunnen records af.");
        int changed = jdbc.sql("""
                        update destruction_item set state = 'REMOVED', removed_by = :by, removed_reason = :reason
                        where list_id = :list and record_kind = :kind and record_id = :id and state = 'PROPOSED'
                        """)
                .param("by", actor.id())
                .param("reason", cut(reason.strip(), 2000))
                .param("list", listId)
                .param("kind", kind.name())
                .param("id", recordId)
                .update();
        if (changed > 0) {
            record(
                    actor,
                    "van-vernietigingslijst-gehaald",
                    "DestructionList",
                    listId,
                    kind + " " + recordId + ": " + reason.strip());
        }
    }

    @Override
    @Transactional
    public DestructionList approve(UUID listId, UUID account) {
        DestructionList list =
                requireState(listId, ListState.DRAFT, "Alleen een concept-lijst kan worden goedgekeurd.");
        if (!accounts.roles(account).contains(Role.GRIFFIE)) {
            throw new DestructionRefused("Alleen de griffie keurt een vernietigingslijst goed.");
        }
        Actor approver = Actor.account(account);
        String note = null;
        if (list.drawnUpBy().equals(approver.id())) {
            long griffie = jdbc.sql("select count(*) from account_role where role = 'GRIFFIE'")
                    .query(Long.class)
                    .single();
            if (griffie > 1) {
                throw new DestructionRefused(
                        "Wie de lijst opstelde, keurt haar niet zelf goed: een andere griffie-account moet dat doen.");
            }
            note = "Goedgekeurd door wie de lijst opstelde: er is maar een griffie-account (geen vier-ogenprincipe).";
        }
        jdbc.sql("""
                        update destruction_list set state = 'APPROVED', approved_by = :by, approved_at = :at,
                            approval_note = :note
                        where id = :id and state = 'DRAFT'
                        """)
                .param("by", approver.id())
                .param("at", now())
                .param("note", note)
                .param("id", listId)
                .update();
        record(
                approver,
                "vernietigingslijst-goedgekeurd",
                "DestructionList",
                listId,
                note == null ? "goedgekeurd" : note);
        return list(listId).orElseThrow();
    }

    @Override
    public List<DestructionRecord> destroy(UUID listId, Actor actor) {
        DestructionList list = list(listId).orElseThrow(() -> new DestructionRefused("Onbekende lijst."));
        if (list.state() == ListState.DRAFT) {
            throw new DestructionRefused("Zonder goedgekeurde vernietigingslijst wordt niets vernietigd.");
        }
        AuditContext context = AuditContext.within(ProcessingActivity.ADMINISTRATION, actor);
        context.run(() -> {
            for (ListedRecord item : records(listId)) {
                if (item.state() == ItemState.PROPOSED || item.state() == ItemState.DESTROYED) {
                    transactions.executeWithoutResult(status -> destroyOne(list, item, actor));
                }
            }
            transactions.executeWithoutResult(status ->
                    jdbc.sql("""
                            update destruction_list set state = 'DESTROYED', destroyed_at = :at
                            where id = :id and state = 'APPROVED'
                            """).param("at", now()).param("id", listId).update());
        });
        return destructionRecords(listId);
    }

    /**
     * Destroys one record, or for one destroyed before finishes what may have been interrupted: the content of its
     * files leaves the store only after the transaction commits, so a crash can leave content behind, never a record
     * marked destroyed whose destruction rolled back.
     */
    private void destroyOne(DestructionList list, ListedRecord item, Actor actor) {
        boolean done = item.state() == ItemState.DESTROYED;
        if (!done && holds.covers(item, list.bodyId())) {
            jdbc.sql("update destruction_item set state = 'BLOCKED' where list_id = :list and record_kind = :kind"
                            + " and record_id = :id and state = 'PROPOSED'")
                    .param("list", list.id())
                    .param("kind", item.recordKind().name())
                    .param("id", item.recordId())
                    .update();
            record(actor, "vernietiging-geblokkeerd", typeOf(item), item.recordId(), "juridische bewaarplicht");
            return;
        }
        int removed = 0;
        int shared = 0;
        for (UUID file : filesOf(item)) {
            if (stillUsedElsewhere(file, item)) {
                shared++;
                continue;
            }
            switch (files.destroy(file)) {
                case REMOVED -> removed++;
                case SHARED -> shared++;
                case NO_CONTENT -> {}
            }
        }
        if (done) {
            return;
        }
        switch (item.recordKind()) {
            case PAPER -> council.find(Paper.class, item.recordId()).ifPresent(this::destroyPaper);
            case MEETING -> council.find(Meeting.class, item.recordId()).ifPresent(this::destroyMeeting);
            case FILE -> throw new IllegalStateException("files are destroyed with their paper or meeting");
        }
        RetentionCategory category = selectionList.categories().stream()
                .filter(c -> c.code().equals(item.categoryCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("selection list lacks category " + item.categoryCode()));
        jdbc.sql("""
                        insert into destruction_record (list_id, record_kind, record_id, identification, title,
                            category_code, category_name, basis, closed_date, due_date, approved_by, approved_at,
                            destroyed_by, destroyed_at, files_removed, files_kept_shared)
                        values (:list, :kind, :id, :identification, :title, :code, :name, :basis, :closed, :due,
                            :approvedBy, :approvedAt, :by, :at, :removed, :shared)
                        """)
                .param("list", list.id())
                .param("kind", item.recordKind().name())
                .param("id", item.recordId())
                .param("identification", item.identification())
                .param("title", item.title())
                .param("code", category.code())
                .param("name", category.name())
                .param("basis", category.basis())
                .param("closed", item.closedDate())
                .param("due", item.dueDate())
                .param("approvedBy", list.approvedBy())
                .param("approvedAt", list.approvedAt())
                .param("by", actor.id())
                .param("at", now())
                .param("removed", removed)
                .param("shared", shared)
                .update();
        jdbc.sql("update destruction_item set state = 'DESTROYED' where list_id = :list and record_kind = :kind"
                        + " and record_id = :id")
                .param("list", list.id())
                .param("kind", item.recordKind().name())
                .param("id", item.recordId())
                .update();
        record(
                actor,
                "vernietigd",
                typeOf(item),
                item.recordId(),
                item.recordKind() + " " + item.identification() + ", categorie " + category.code() + ", lijst "
                        + list.id() + ", " + removed + " bestand(en) verwijderd, " + shared + " gedeeld bewaard");
    }

    private List<UUID> filesOf(ListedRecord item) {
        return switch (item.recordKind()) {
            case PAPER ->
                council.links().paperFiles(item.recordId()).stream()
                        .map(PaperFile::fileId)
                        .toList();
            case MEETING ->
                council.links().meetingFiles(item.recordId()).stream()
                        .map(MeetingFile::fileId)
                        .toList();
            case FILE -> List.of();
        };
    }

    /** Whether a paper or meeting other than this record, not deleted, still has the file itself. */
    private boolean stillUsedElsewhere(UUID file, ListedRecord item) {
        long papers = jdbc.sql("""
                        select count(*) from paper_file f join paper p on p.id = f.paper_id
                        where f.file_id = :file and p.deleted_at is null and p.id <> :id
                        """)
                .param("file", file)
                .param("id", item.recordId())
                .query(Long.class)
                .single();
        long meetings = jdbc.sql("""
                        select count(*) from meeting_file f join meeting m on m.id = f.meeting_id
                        where f.file_id = :file and m.deleted_at is null and m.id <> :id
                        """)
                .param("file", file)
                .param("id", item.recordId())
                .query(Long.class)
                .single();
        return papers + meetings > 0;
    }

    /** Empties the paper's texts and makes it not public before marking it deleted, so no view keeps showing it. */
    private void destroyPaper(Paper p) {
        council.save(
                new Paper(
                        p.id(),
                        p.bodyId(),
                        p.sourceId(),
                        p.name(),
                        p.reference(),
                        p.paperDate(),
                        p.paperType(),
                        p.motionType(),
                        p.questionType(),
                        DESTROYED,
                        false,
                        null,
                        null,
                        null,
                        null,
                        p.submittedDate(),
                        null,
                        p.language(),
                        p.version(),
                        p.sourceOrganization(),
                        p.createdAt(),
                        p.modifiedAt(),
                        p.deletedAt()),
                null);
        council.delete(Paper.class, java.util.Objects.requireNonNull(p.id()));
    }

    private void destroyMeeting(Meeting m) {
        council.save(
                new Meeting(
                        m.id(),
                        m.bodyId(),
                        m.sourceId(),
                        m.name(),
                        m.meetingType(),
                        m.state(),
                        m.meetingDate(),
                        m.startAt(),
                        m.endAt(),
                        m.plannedStartAt(),
                        m.plannedEndAt(),
                        m.location(),
                        null,
                        m.parentId(),
                        m.organizationId(),
                        null,
                        m.createdAt(),
                        m.modifiedAt(),
                        m.deletedAt()),
                null);
        council.delete(Meeting.class, java.util.Objects.requireNonNull(m.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<DestructionRecord> destructionRecords(UUID listId) {
        return jdbc.sql("select * from destruction_record where list_id = :id order by title, record_id")
                .param("id", listId)
                .query(DataClassRowMapper.newInstance(DestructionRecord.class))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionCounts counts(LocalDate today) {
        Set<String> held = holds.activeKeys();
        int due = 0;
        int heldCount = 0;
        for (Candidate c : candidates(null, today)) {
            if (JdbcLegalHolds.covers(held, c)) {
                heldCount++;
            } else {
                due++;
            }
        }
        int approved = jdbc.sql("""
                        select count(*) from destruction_item i join destruction_list l on l.id = i.list_id
                        where l.state = 'APPROVED' and i.state = 'PROPOSED'
                        """).query(Integer.class).single();
        int destroyed = jdbc.sql("select count(*) from destruction_record")
                .query(Integer.class)
                .single();
        int activeHolds = jdbc.sql("select count(*) from legal_hold where lifted_at is null")
                .query(Integer.class)
                .single();
        return new RetentionCounts(due, approved, heldCount, activeHolds, destroyed);
    }

    private DestructionList requireState(UUID listId, ListState state, String refusal) {
        DestructionList list = list(listId).orElseThrow(() -> new DestructionRefused("Onbekende lijst."));
        if (list.state() != state) {
            throw new DestructionRefused(refusal);
        }
        return list;
    }

    private void record(Actor actor, String name, String type, UUID subject, String outcome) {
        AuditContext context = AuditContext.within(ProcessingActivity.ADMINISTRATION, actor);
        audit.record(context.event(name, Instant.now(), AuditEvent.Status.OK, Subject.object(type, subject), outcome));
    }

    private static String typeOf(ListedRecord item) {
        return item.recordKind() == RecordKind.MEETING ? "Meeting" : "Paper";
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
