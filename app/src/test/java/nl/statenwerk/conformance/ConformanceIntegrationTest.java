package nl.statenwerk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Stored PDFs are checked in the background once per content, and the overview shows public documents only. */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.jobs.polling-interval=200ms")
class ConformanceIntegrationTest {

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    Conformance conformance;

    @Autowired
    JdbcConformance jdbcConformance;

    @Autowired
    com.github.kagkarlsson.scheduler.SchedulerClient scheduler;

    @Autowired
    com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void> checkConformanceTask;

    @Autowired
    JdbcClient jdbc;

    ConformanceFixture fixture;

    @BeforeEach
    void seed() {
        fixture = ConformanceFixture.seed(council, files, conformance);
    }

    @Test
    void aStoredPdfIsCheckedInTheBackgroundForBothStandards() {
        Map<String, List<ConformanceResult>> results =
                conformance.results(List.of(fixture.untaggedSha(), fixture.accessibleSha()));

        assertThat(results.get(fixture.untaggedSha()))
                .extracting(ConformanceResult::standard, ConformanceResult::profile, ConformanceResult::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Standard.ACCESSIBILITY, "PDF/UA-1", Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(Standard.ARCHIVAL, "PDF/A-2b", Outcome.FAILED));
        ConformanceResult ua = results.get(fixture.untaggedSha()).stream()
                .filter(r -> r.standard() == Standard.ACCESSIBILITY)
                .findFirst()
                .orElseThrow();
        assertThat(ua.failedRules()).extracting(FailedRule::id).contains("7.1-3", "6.2-1", "7.1-11");
        assertThat(ua.failedRules()).extracting(FailedRule::topic).contains("untagged", "metadata");
        assertThat(ua.failedChecks()).isGreaterThan(ua.failedRules().size());
        assertThat(ua.validatorVersion()).isEqualTo("1.30.2");
        assertThat(ua.checkedAt()).isNotNull();

        assertThat(results.get(fixture.accessibleSha()))
                .extracting(ConformanceResult::outcome)
                .containsOnly(Outcome.PASSED);
        assertThat(results.get(fixture.accessibleSha()))
                .allSatisfy(r -> assertThat(r.failedRules()).isEmpty());
    }

    @Test
    void contentIsCheckedOnceAndTheJobLeavesACheckedContentAlone() throws InterruptedException {
        var before = checkedAt(fixture.untaggedSha());
        assertThat(jdbcConformance.isChecked(fixture.untaggedSha())).isTrue();

        scheduler.scheduleIfNotExists(checkConformanceTask.instance(fixture.untaggedSha()), java.time.Instant.now());
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("select count(*) from scheduled_tasks where task_name = :name and task_instance = :sha")
                        .param("name", ConformanceConfiguration.CHECK_CONFORMANCE)
                        .param("sha", fixture.untaggedSha())
                        .query(Long.class)
                        .single()
                > 0) {
            assertThat(System.currentTimeMillis()).as("the job ran").isLessThan(deadline);
            Thread.sleep(100);
        }

        assertThat(checkedAt(fixture.untaggedSha())).isEqualTo(before);
    }

    @Test
    void checkingAgainReplacesTheResultsAndKeepsOneRowPerStandard() {
        List<ConformanceResult> again = conformance.check(fixture.untaggedSha());

        assertThat(again).hasSize(2);
        assertThat(jdbc.sql("select count(*) from conformance_check where sha256 = :sha")
                        .param("sha", fixture.untaggedSha())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(conformance.results(List.of(fixture.untaggedSha())).get(fixture.untaggedSha()))
                .extracting(ConformanceResult::failedRules)
                .allSatisfy(rules -> assertThat(rules).isNotEmpty());
    }

    @Test
    void storedPdfsListsEveryPdfContentOnce() {
        assertThat(conformance.storedPdfs())
                .contains(fixture.untaggedSha(), fixture.accessibleSha(), fixture.secretSha())
                .doesNotHaveDuplicates();
    }

    @Test
    void theOverviewListsFailingPublicDocumentsButNeverTheSecretPapers() {
        ConformanceOverview failing =
                conformance.overview(new ConformanceOverview.Query(null, null, Outcome.FAILED, 0, 500));

        assertThat(failing.documents())
                .extracting(ConformanceOverview.Document::paperName)
                .contains(ConformanceFixture.UNTAGGED_TITLE)
                .doesNotContain(ConformanceFixture.ACCESSIBLE_TITLE, ConformanceFixture.SECRET_TITLE);
        assertThat(failing.documents())
                .extracting(ConformanceOverview.Document::paperId)
                .doesNotContain(fixture.secretPaper());
        assertThat(failing.total()).isEqualTo(failing.documents().size());

        ConformanceOverview all = conformance.overview(new ConformanceOverview.Query(null, null, null, 0, 500));
        assertThat(all.documents()).extracting(d -> d.result().sha256()).doesNotContain(fixture.secretSha());
        ConformanceOverview.BodySummary body = all.bodies().stream()
                .filter(b -> b.bodyId().equals(fixture.api().body()))
                .findFirst()
                .orElseThrow();
        assertThat(body.accessibilityChecked()).isGreaterThanOrEqualTo(2);
        assertThat(body.accessibilityPassed()).isGreaterThanOrEqualTo(1);
        assertThat(body.accessibilityRate()).isBetween(1, 99);
    }

    @Test
    void theOverviewFiltersByStandardOutcomeAndBodyAndPages() {
        ConformanceOverview passingUa = conformance.overview(
                new ConformanceOverview.Query(fixture.api().body(), Standard.ACCESSIBILITY, Outcome.PASSED, 0, 500));
        assertThat(passingUa.documents())
                .extracting(ConformanceOverview.Document::paperName)
                .containsExactly(ConformanceFixture.ACCESSIBLE_TITLE);

        ConformanceOverview otherBody =
                conformance.overview(new ConformanceOverview.Query(fixture.api().otherBody(), null, null, 0, 500));
        assertThat(otherBody.documents())
                .allSatisfy(d -> assertThat(d.bodyId()).isEqualTo(fixture.api().otherBody()))
                .extracting(ConformanceOverview.Document::paperId)
                .doesNotContain(fixture.untaggedPaper(), fixture.accessiblePaper());

        ConformanceOverview first = conformance.overview(new ConformanceOverview.Query(null, null, null, 0, 1));
        ConformanceOverview second = conformance.overview(new ConformanceOverview.Query(null, null, null, 1, 1));
        assertThat(first.documents()).hasSize(1);
        assertThat(second.documents()).hasSize(1);
        assertThat(first.documents().getFirst()).isNotEqualTo(second.documents().getFirst());
        assertThat(first.total()).isGreaterThanOrEqualTo(4);
    }

    private Object checkedAt(String sha256) {
        return jdbc.sql("select max(checked_at) from conformance_check where sha256 = :sha")
                .param("sha", sha256)
                .query(java.time.OffsetDateTime.class)
                .single();
    }
}
