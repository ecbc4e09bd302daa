package nl.statenwerk.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import nl.statenwerk.core.RecordTable;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads each overview in one query over the filtered objects, then derives outcome and status, counts and pages in
 * memory: a province has hundreds of motions a year, and the derived values (an outcome from free text, a status
 * against today) cannot be indexed anyway.
 */
@Component
@Transactional
class JdbcFollowUps implements FollowUps {

    private static final String PUBLIC_PAPERS = "(select id from paper where is_public and deleted_at is null)";
    /** A motion's latest vote first; ties by creation, so the choice is stable. */
    private static final String LATEST_VOTE = "from vote v where v.paper_id = p.id and v.deleted_at is null"
            + " order by v.vote_date desc nulls last, v.created_at desc, v.id fetch first 1 rows only";

    private final JdbcClient jdbc;
    private final Council council;

    JdbcFollowUps(JdbcClient jdbc, Council council) {
        this.jdbc = jdbc;
        this.council = council;
    }

    @Override
    @Transactional(readOnly = true)
    public MotionOverview motions(MotionFilter filter) {
        StringBuilder sql = new StringBuilder("select p.id, p.body_id, p.name, p.reference,"
                + " coalesce(p.paper_date, p.submitted_date) as motion_date,"
                + " (select v.result " + LATEST_VOTE + ") as vote_result,"
                + " (select d.result from decision d where d.deleted_at is null and d.id = (select v.decision_id "
                + LATEST_VOTE + ")) as decision_result,"
                + " (select a.meeting_id from agenda_item a where a.id = (select v.agenda_item_id " + LATEST_VOTE
                + ")) as meeting_id,"
                + " f.status, f.status_date, f.due_date, f.note, f.outcome,"
                + " case when f.settled_by_paper_id in " + PUBLIC_PAPERS
                + " then f.settled_by_paper_id end as settled_by_paper_id"
                + " from paper p left join follow_up f on f.subject_id = p.id"
                + " where p.paper_type = 'MOTIE' and p.is_public and p.deleted_at is null");
        Map<String, Object> params = new HashMap<>();
        if (filter.bodyId() != null) {
            sql.append(" and p.body_id = :body");
            params.put("body", filter.bodyId());
        }
        if (filter.submitterId() != null) {
            // a fractie's motions are those it submitted and those one of its members submitted
            sql.append(" and exists (select 1 from paper_submitter s where s.paper_id = p.id and s.deleted_at is null"
                    + " and (s.organization_id = :submitter or s.person_id in (select m.person_id from membership m"
                    + " where m.organization_id = :submitter and m.deleted_at is null)))");
            params.put("submitter", filter.submitterId());
        }
        List<MotionRow> all =
                jdbc.sql(sql.toString()).params(params).query(this::motion).list();
        List<MotionRow> ofYear =
                all.stream().filter(inYear(filter.year(), MotionRow::date)).toList();
        Map<MotionOutcome, Integer> outcomes = new EnumMap<>(MotionOutcome.class);
        Map<FollowUpStatus, Integer> followUps = new EnumMap<>(FollowUpStatus.class);
        for (MotionRow row : ofYear) {
            outcomes.merge(row.outcome(), 1, Integer::sum);
            if (row.followUp() != null) {
                followUps.merge(row.followUp(), 1, Integer::sum);
            }
        }
        List<MotionRow> matching = ofYear.stream()
                .filter(r -> filter.outcome() == null || r.outcome() == filter.outcome())
                .filter(r -> filter.followUp() == null || r.followUp() == filter.followUp())
                .sorted(Comparator.comparing(MotionRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(MotionRow::name)
                        .thenComparing(MotionRow::paperId))
                .toList();
        List<MotionRow> page = page(matching, filter.offset(), filter.limit());
        // the meeting's date only for the rows shown: one query, not one per row
        Map<UUID, LocalDate> dates = meetingDates(
                page.stream().map(MotionRow::meetingId).filter(Objects::nonNull).toList());
        page = page.stream()
                .map(r -> new MotionRow(
                        r.paperId(),
                        r.bodyId(),
                        r.name(),
                        r.reference(),
                        r.date(),
                        r.outcome(),
                        r.followUp(),
                        r.recorded(),
                        r.meetingId(),
                        r.meetingId() == null ? null : dates.get(r.meetingId())))
                .toList();
        return new MotionOverview(page, matching.size(), outcomes, followUps, years(all, MotionRow::date));
    }

    private MotionRow motion(ResultSet rs, int row) throws SQLException {
        FollowUp recorded = followUp(rs);
        String voteResult = rs.getString("vote_result");
        MotionOutcome outcome = recorded != null && recorded.outcome() != null
                ? recorded.outcome()
                : MotionOutcome.of(
                        rs.getString("decision_result"), voteResult == null ? null : VoteResult.valueOf(voteResult));
        FollowUpStatus followUp =
                recorded != null ? recorded.status() : outcome == MotionOutcome.ADOPTED ? FollowUpStatus.OPEN : null;
        return new MotionRow(
                rs.getObject("id", UUID.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("name"),
                rs.getString("reference"),
                rs.getObject("motion_date", LocalDate.class),
                outcome,
                followUp,
                recorded,
                rs.getObject("meeting_id", UUID.class),
                null);
    }

    @Override
    @Transactional(readOnly = true)
    public CommitmentOverview commitments(CommitmentFilter filter) {
        // a decision's commitment is made at the agenda item where the decision was voted on
        StringBuilder sql = new StringBuilder("select c.id, c.body_id, c.text, c.promised_by, c.portfolio,"
                + " c.paper_id, c.commitment_date, c.created_at, a.title as item_title, m.id as meeting_id,"
                + " m.meeting_date, f.status, f.status_date, f.due_date, f.note, f.outcome,"
                + " case when f.settled_by_paper_id in " + PUBLIC_PAPERS
                + " then f.settled_by_paper_id end as settled_by_paper_id"
                + " from commitment c left join follow_up f on f.subject_id = c.id"
                + " left join agenda_item a on a.deleted_at is null and a.id = coalesce(c.agenda_item_id,"
                + " (select v.agenda_item_id from vote v where v.decision_id = c.decision_id and v.deleted_at is null"
                + " order by v.created_at, v.id fetch first 1 rows only))"
                + " left join meeting m on m.deleted_at is null and m.id = coalesce(c.meeting_id, a.meeting_id)"
                + " where c.deleted_at is null and (c.paper_id is null or c.paper_id in " + PUBLIC_PAPERS + ")"
                + " and (a.besloten is null or not a.besloten)");
        Map<String, Object> params = new HashMap<>();
        if (filter.bodyId() != null) {
            sql.append(" and c.body_id = :body");
            params.put("body", filter.bodyId());
        }
        List<CommitmentRow> all = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> commitment(rs, filter.today()))
                .list();
        List<CommitmentRow> ofYear =
                all.stream().filter(inYear(filter.year(), CommitmentRow::date)).toList();
        Map<CommitmentStatus, Integer> statuses = new EnumMap<>(CommitmentStatus.class);
        ofYear.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        List<CommitmentRow> matching = ofYear.stream()
                .filter(r -> filter.status() == null || r.status() == filter.status())
                .sorted(Comparator.comparing(CommitmentRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CommitmentRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(CommitmentRow::commitmentId))
                .toList();
        return new CommitmentOverview(
                page(matching, filter.offset(), filter.limit()),
                matching.size(),
                statuses,
                years(all, CommitmentRow::date));
    }

    private CommitmentRow commitment(ResultSet rs, LocalDate today) throws SQLException {
        FollowUp recorded = followUp(rs);
        LocalDate date = rs.getObject("commitment_date", LocalDate.class);
        if (date == null) {
            date = rs.getObject("meeting_date", LocalDate.class);
        }
        if (date == null) {
            date = rs.getObject("created_at", OffsetDateTime.class).toLocalDate();
        }
        LocalDate due = recorded == null ? null : recorded.dueDate();
        return new CommitmentRow(
                rs.getObject("id", UUID.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("text"),
                rs.getString("promised_by"),
                rs.getString("portfolio"),
                rs.getObject("paper_id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("item_title"),
                date,
                due,
                CommitmentStatus.of(recorded == null ? null : recorded.status(), due, today),
                recorded == null ? null : recorded.statusDate(),
                recorded == null ? null : recorded.note(),
                rs.getObject("settled_by_paper_id", UUID.class));
    }

    /** The follow-up columns of a row, {@code null} when nothing was recorded. */
    private static @Nullable FollowUp followUp(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        if (status == null) {
            return null;
        }
        String outcome = rs.getString("outcome");
        return new FollowUp(
                FollowUpStatus.valueOf(status),
                rs.getObject("status_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("note"),
                columnOrNull(rs, "settled_by_paper_id"),
                outcome == null ? null : MotionOutcome.valueOf(outcome));
    }

    private static @Nullable UUID columnOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    @Override
    public boolean record(UUID subjectId, FollowUp followUp) {
        String type = subjectType(subjectId);
        if (type == null) {
            return false;
        }
        if (followUp.outcome() != null && !type.equals("motion")) {
            throw new IllegalArgumentException("only a motion has an outcome");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("subject", subjectId);
        params.put("type", type);
        params.put("status", followUp.status().name());
        params.put("statusDate", followUp.statusDate());
        params.put("dueDate", followUp.dueDate());
        params.put("note", followUp.note());
        params.put("settledBy", followUp.settledBy());
        params.put(
                "outcome",
                followUp.outcome() == null ? null : followUp.outcome().name());
        params.put("now", RecordTable.now());
        int updated = jdbc.sql("update follow_up set status = :status, status_date = :statusDate, due_date = :dueDate,"
                        + " note = :note, settled_by_paper_id = :settledBy, outcome = :outcome, modified_at = :now"
                        + " where subject_id = :subject")
                .params(typed(params))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into follow_up (subject_id, subject_type, status, status_date, due_date, note,"
                            + " settled_by_paper_id, outcome, modified_at) values (:subject, :type, :status,"
                            + " :statusDate, :dueDate, :note, :settledBy, :outcome, :now)")
                    .params(typed(params))
                    .update();
        }
        return true;
    }

    /** Typed nulls, which PostgreSQL needs to bind a parameter it cannot infer. */
    private static Map<String, Object> typed(Map<String, Object> params) {
        Map<String, Object> typed = new HashMap<>(params);
        for (var entry : params.entrySet()) {
            if (entry.getValue() == null) {
                int sqlType = switch (entry.getKey()) {
                    case "statusDate", "dueDate" -> java.sql.Types.DATE;
                    case "settledBy" -> java.sql.Types.OTHER;
                    default -> java.sql.Types.VARCHAR;
                };
                typed.put(entry.getKey(), new org.springframework.jdbc.core.SqlParameterValue(sqlType, null));
            }
        }
        return typed;
    }

    private @Nullable String subjectType(UUID id) {
        boolean motion = jdbc.sql("select count(*) from paper where id = :id and paper_type = 'MOTIE'")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        if (motion) {
            return "motion";
        }
        boolean commitment = jdbc.sql("select count(*) from commitment where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        return commitment ? "commitment" : null;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FollowUp> followUp(UUID subjectId) {
        return jdbc.sql("select * from follow_up where subject_id = :id")
                .param("id", subjectId)
                .query((rs, n) -> Objects.requireNonNull(followUp(rs)))
                .optional();
    }

    @Override
    public UUID register(Commitment commitment, FollowUp followUp) {
        UUID id = council.save(commitment, null).id();
        record(id, followUp);
        return id;
    }

    private Map<UUID, LocalDate> meetingDates(List<UUID> meetingIds) {
        Map<UUID, LocalDate> dates = new HashMap<>();
        for (Meeting m : council.related(Meeting.class, "id", meetingIds, true)) {
            if (m.meetingDate() != null) {
                dates.put(Objects.requireNonNull(m.id()), m.meetingDate());
            }
        }
        return dates;
    }

    private static <T> Predicate<T> inYear(
            @Nullable Integer year, java.util.function.Function<T, @Nullable LocalDate> date) {
        return row -> {
            LocalDate d = date.apply(row);
            return year == null || (d != null && d.getYear() == year);
        };
    }

    private static <T> List<Integer> years(List<T> rows, java.util.function.Function<T, @Nullable LocalDate> date) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (T row : rows) {
            LocalDate d = date.apply(row);
            if (d != null) {
                years.add(d.getYear());
            }
        }
        return List.copyOf(years);
    }

    private static <T> List<T> page(List<T> rows, int offset, int limit) {
        return offset >= rows.size()
                ? List.of()
                : List.copyOf(rows.subList(offset, Math.min(rows.size(), offset + limit)));
    }
}
