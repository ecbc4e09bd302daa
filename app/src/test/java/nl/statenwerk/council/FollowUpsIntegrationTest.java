package nl.statenwerk.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.FollowUps.CommitmentFilter;
import nl.statenwerk.council.FollowUps.CommitmentOverview;
import nl.statenwerk.council.FollowUps.CommitmentRow;
import nl.statenwerk.council.FollowUps.MotionFilter;
import nl.statenwerk.council.FollowUps.MotionOverview;
import nl.statenwerk.council.FollowUps.MotionRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The motions and commitments overviews on the database: outcomes, statuses, filters, public only. */
@StatenwerkTest
class FollowUpsIntegrationTest {

    @Autowired
    Council council;

    @Autowired
    FollowUps followUps;

    FollowUpFixture f;

    @BeforeEach
    void seed() {
        f = seed("domain");
    }

    /** A fixture in a body of its own, for a test that changes what the griffie recorded. */
    private FollowUpFixture seed(String key) {
        UUID body = council.idOf(Body.class, "followup:body:" + key)
                .orElseGet(() -> council.save(
                                new Body(
                                        null,
                                        "followup:body:" + key,
                                        "Provinciale Staten van Drenthe " + key,
                                        "PS Drenthe",
                                        BodyClassification.PROVINCIE,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                null)
                        .id());
        return FollowUpFixture.seed(council, followUps, body, key);
    }

    private MotionOverview motions(
            UUID submitter, Integer year, MotionOutcome outcome, FollowUpStatus followUp, int offset, int limit) {
        return followUps.motions(new MotionFilter(f.body(), submitter, year, outcome, followUp, offset, limit));
    }

    private MotionOverview motions() {
        return motions(null, null, null, null, 0, 100);
    }

    private CommitmentOverview commitments(Integer year, CommitmentStatus status) {
        return followUps.commitments(new CommitmentFilter(f.body(), year, status, FollowUpFixture.TODAY, 0, 100));
    }

    @Test
    void theOutcomeOfAMotionComesFromItsDecisionElseItsVoteElseItIsPending() {
        MotionOverview all = motions();

        assertThat(all.rows())
                .extracting(MotionRow::paperId, MotionRow::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(f.pending(), MotionOutcome.PENDING),
                        org.assertj.core.groups.Tuple.tuple(f.withdrawn(), MotionOutcome.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple(f.rejected(), MotionOutcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(f.adopted(), MotionOutcome.ADOPTED),
                        org.assertj.core.groups.Tuple.tuple(f.tied(), MotionOutcome.TIED));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.outcomes())
                .containsAllEntriesOf(Map.of(
                        MotionOutcome.ADOPTED, 1,
                        MotionOutcome.REJECTED, 1,
                        MotionOutcome.WITHDRAWN, 1,
                        MotionOutcome.TIED, 1,
                        MotionOutcome.PENDING, 1));
        assertThat(all.years()).containsExactly(2025, 2024);
        MotionRow adopted = all.rows().get(3);
        assertThat(adopted.meetingId()).isEqualTo(f.meeting());
        assertThat(adopted.meetingDate()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void onlyAnAdoptedMotionIsOpenForFollowUpUntilTheGriffieRecordsOtherwise() {
        assertThat(motions().rows())
                .filteredOn(r -> r.followUp() != null)
                .extracting(MotionRow::paperId)
                .containsExactly(f.adopted());
        assertThat(motions().followUps()).containsExactlyEntriesOf(Map.of(FollowUpStatus.OPEN, 1));
    }

    @Test
    void aSecretMotionNeverAppears() {
        assertThat(motions().rows()).extracting(MotionRow::paperId).doesNotContain(f.secretMotion());
        assertThat(motions().rows()).extracting(MotionRow::name).doesNotContain("Motie geheim");
    }

    @Test
    void motionsFilterByFractieIncludingItsMembersByYearAndByOutcomeAndArePaged() {
        assertThat(motions(f.fractie(), null, null, null, 0, 100).rows())
                .extracting(MotionRow::paperId)
                .containsExactlyInAnyOrder(f.adopted(), f.rejected());
        assertThat(motions(null, 2024, null, null, 0, 100).rows())
                .extracting(MotionRow::paperId)
                .containsExactly(f.tied());
        MotionOverview rejected = motions(null, null, MotionOutcome.REJECTED, null, 0, 100);
        assertThat(rejected.rows()).extracting(MotionRow::paperId).containsExactly(f.rejected());
        assertThat(rejected.total()).isEqualTo(1);
        // the counts are those of the filter without its outcome, so that each status shows what choosing it gives
        assertThat(rejected.outcomes()).containsEntry(MotionOutcome.ADOPTED, 1);

        MotionOverview second = motions(null, null, null, null, 2, 2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.rows()).extracting(MotionRow::paperId).containsExactly(f.rejected(), f.adopted());
    }

    @Test
    void theGriffieRecordsTheFollowUpAndAnOutcomeTheSourceLacks() {
        f = seed("record");
        UUID motion = f.pending();
        assertThat(followUps.record(
                        motion,
                        new FollowUp(
                                FollowUpStatus.OPEN, LocalDate.of(2025, 5, 20), null, null, null, MotionOutcome.HELD)))
                .isTrue();
        assertThat(motions().rows())
                .filteredOn(r -> r.paperId().equals(motion))
                .singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(MotionOutcome.HELD));

        assertThat(followUps.record(
                        f.adopted(),
                        new FollowUp(
                                FollowUpStatus.IN_PROGRESS,
                                LocalDate.of(2025, 4, 1),
                                null,
                                "Uitvoering loopt.",
                                null,
                                null)))
                .isTrue();
        MotionOverview inProgress = motions(null, null, null, FollowUpStatus.IN_PROGRESS, 0, 100);
        assertThat(inProgress.rows()).extracting(MotionRow::paperId).containsExactly(f.adopted());
        assertThat(inProgress.rows().getFirst().recorded().note()).isEqualTo("Uitvoering loopt.");
        assertThat(followUps.followUp(f.adopted()).orElseThrow().status()).isEqualTo(FollowUpStatus.IN_PROGRESS);

        assertThat(followUps.record(UUID.randomUUID(), new FollowUp(FollowUpStatus.OPEN, null, null, null, null, null)))
                .isFalse();
        assertThatThrownBy(() -> followUps.record(
                        f.stikstof(), new FollowUp(FollowUpStatus.OPEN, null, null, null, null, MotionOutcome.ADOPTED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommitmentIsOverdueAfterItsTermijnOpenWithoutOneAndSettledWhenTheGriffieSaysSo() {
        CommitmentOverview all = commitments(null, null);

        assertThat(all.rows())
                .extracting(CommitmentRow::commitmentId, CommitmentRow::status, CommitmentRow::dueDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                f.windenergie(), CommitmentStatus.SETTLED, LocalDate.of(2025, 4, 15)),
                        org.assertj.core.groups.Tuple.tuple(
                                f.stikstof(), CommitmentStatus.OVERDUE, LocalDate.of(2025, 5, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                f.fietsbrug(), CommitmentStatus.OPEN, LocalDate.of(2025, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple(f.n23(), CommitmentStatus.OPEN, null));
        assertThat(all.statuses())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(CommitmentStatus.OPEN, 2, CommitmentStatus.OVERDUE, 1, CommitmentStatus.SETTLED, 1));
        CommitmentRow windenergie = all.rows().getFirst();
        assertThat(windenergie.settledBy()).isEqualTo(f.letter());
        assertThat(windenergie.promisedBy()).isEqualTo("gedeputeerde Jansen");
        assertThat(windenergie.agendaItem()).isEqualTo("Moties vreemd aan de orde");
        // a decision's commitment is placed at the meeting where the decision was voted on
        CommitmentRow stikstof = all.rows().get(1);
        assertThat(stikstof.meetingId()).isEqualTo(f.meeting());
        assertThat(stikstof.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(stikstof.text()).isEqualTo("De gedeputeerde stuurt voor de zomer een brief over stikstof.");
        CommitmentRow fietsbrug = all.rows().get(2);
        assertThat(fietsbrug.paperId()).isNotNull();
        assertThat(fietsbrug.portfolio()).isEqualTo("Mobiliteit");

        // on the day of its termijn a commitment is not yet overdue
        assertThat(followUps
                        .commitments(new CommitmentFilter(f.body(), null, null, LocalDate.of(2025, 5, 1), 0, 100))
                        .statuses())
                .doesNotContainKey(CommitmentStatus.OVERDUE);
    }

    @Test
    void commitmentsFilterByStatusAndYearAndNeverShowSecretOrClosedOnes() {
        assertThat(commitments(null, CommitmentStatus.OVERDUE).rows())
                .extracting(CommitmentRow::commitmentId)
                .containsExactly(f.stikstof());
        assertThat(commitments(2024, null).rows()).isEmpty();
        assertThat(commitments(null, null).rows())
                .extracting(CommitmentRow::text)
                .doesNotContain("Toezegging geheime locatie", "Geheime toezegging over de grondprijs.");
    }

    @Test
    void aReimportKeepsTheFollowUpAndACommitmentGoneFromItsSourceLeavesTheOverview() {
        f = seed("reimport");
        UUID decisionId =
                council.find(Commitment.class, f.stikstof()).orElseThrow().decisionId();
        Decision decision = council.find(Decision.class, decisionId).orElseThrow();
        Decision changed = new Decision(
                decision.id(),
                decision.bodyId(),
                decision.sourceId(),
                decision.result(),
                "Toelichting erbij",
                decision.commitment(),
                null,
                null,
                null);
        council.save(changed, "reimport-1");
        assertThat(FollowUpFixture.commitmentOf(council, decisionId)).isEqualTo(f.stikstof());
        assertThat(commitments(null, CommitmentStatus.OVERDUE).rows())
                .extracting(CommitmentRow::commitmentId)
                .containsExactly(f.stikstof());

        council.save(
                new Decision(
                        decision.id(),
                        decision.bodyId(),
                        decision.sourceId(),
                        decision.result(),
                        null,
                        null,
                        null,
                        null,
                        null),
                "reimport-2");
        assertThat(commitments(null, null).rows())
                .extracting(CommitmentRow::commitmentId)
                .doesNotContain(f.stikstof());

        council.save(decision, "reimport-3");
        assertThat(commitments(null, CommitmentStatus.OVERDUE).rows())
                .extracting(CommitmentRow::commitmentId)
                .containsExactly(f.stikstof());
    }
}
