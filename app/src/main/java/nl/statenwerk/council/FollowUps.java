package nl.statenwerk.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of the Staten's motions (moties) and the executive's commitments (toezeggingen): what became of
 * them, and the afdoening the griffie keeps. Only public objects appear in the overviews: a motion that is not
 * public, a commitment of such a paper, or one made at a closed (besloten) agenda item never does. Nothing here
 * returns {@code null} unless marked.
 */
public interface FollowUps {

    /** Motions with their outcome and afdoening, newest first, and the counts of the filter without its statuses. */
    MotionOverview motions(MotionFilter filter);

    /**
     * Commitments with their status on {@link CommitmentFilter#today()}, by termijn (the soonest first, those without
     * last), and the counts of the filter without its status.
     */
    CommitmentOverview commitments(CommitmentFilter filter);

    /**
     * Records the griffie's afdoening of a motion (a paper of type {@link PaperType#MOTIE}) or a commitment, replacing
     * what was recorded before.
     *
     * @return false when the id is no motion and no commitment
     */
    boolean record(UUID subjectId, FollowUp followUp);

    /** The afdoening recorded for a motion or commitment; empty when none was. */
    Optional<FollowUp> followUp(UUID subjectId);

    /** Registers a commitment the griffie noted (not from an import) with its afdoening and termijn. */
    UUID register(Commitment commitment, FollowUp followUp);

    /**
     * Which motions to show.
     *
     * @param bodyId only of this body; {@code null} for all
     * @param submitterId only those a fractie submitted, or one of its members; {@code null} for all
     * @param year only of this year (paper date, else submission date); {@code null} for all
     * @param outcome only with this outcome; {@code null} for all
     * @param followUp only with this afdoening; {@code null} for all
     * @param offset how many matching motions to skip
     * @param limit the most motions to return (1 to 1000)
     */
    record MotionFilter(
            @Nullable UUID bodyId,
            @Nullable UUID submitterId,
            @Nullable Integer year,
            @Nullable MotionOutcome outcome,
            @Nullable FollowUpStatus followUp,
            int offset,
            int limit) {

        public MotionFilter {
            checkPage(offset, limit);
        }
    }

    /**
     * Which commitments to show.
     *
     * @param year only made in this year; {@code null} for all
     * @param status only with this status ({@link CommitmentStatus#OVERDUE} for the overdue ones); {@code null} for
     *     all
     * @param today the day against which termijnen are overdue
     */
    record CommitmentFilter(
            @Nullable UUID bodyId,
            @Nullable Integer year,
            @Nullable CommitmentStatus status,
            LocalDate today,
            int offset,
            int limit) {

        public CommitmentFilter {
            checkPage(offset, limit);
        }
    }

    /**
     * A motion in the overview.
     *
     * @param date the paper date, else the submission date
     * @param followUp the afdoening: recorded, else open for an adopted motion; {@code null} for a motion that needs
     *     none (rejected, withdrawn, ...)
     * @param recorded what the griffie recorded; {@code null} when nothing
     * @param meetingId the meeting of its latest vote; {@code null} when not voted on
     */
    record MotionRow(
            UUID paperId,
            UUID bodyId,
            String name,
            @Nullable String reference,
            @Nullable LocalDate date,
            MotionOutcome outcome,
            @Nullable FollowUpStatus followUp,
            @Nullable FollowUp recorded,
            @Nullable UUID meetingId,
            @Nullable LocalDate meetingDate) {}

    /**
     * @param total how many motions match the filter
     * @param outcomes per outcome, how many match the filter without its outcome and afdoening
     * @param followUps per afdoening, how many match the filter without its outcome and afdoening
     * @param years the years that have motions, for the filter, newest first
     */
    record MotionOverview(
            List<MotionRow> rows,
            int total,
            Map<MotionOutcome, Integer> outcomes,
            Map<FollowUpStatus, Integer> followUps,
            List<Integer> years) {}

    /**
     * A commitment in the overview.
     *
     * @param paperId the toezegging as a paper, when it is one
     * @param date when it was made: its own date, else its meeting's
     * @param dueDate its termijn; {@code null} when none was given
     * @param settledBy the public paper that settled it
     */
    record CommitmentRow(
            UUID commitmentId,
            UUID bodyId,
            String text,
            @Nullable String promisedBy,
            @Nullable String portfolio,
            @Nullable UUID paperId,
            @Nullable UUID meetingId,
            @Nullable String agendaItem,
            @Nullable LocalDate date,
            @Nullable LocalDate dueDate,
            CommitmentStatus status,
            @Nullable LocalDate statusDate,
            @Nullable String note,
            @Nullable UUID settledBy) {}

    record CommitmentOverview(
            List<CommitmentRow> rows, int total, Map<CommitmentStatus, Integer> statuses, List<Integer> years) {}

    private static void checkPage(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
    }
}
