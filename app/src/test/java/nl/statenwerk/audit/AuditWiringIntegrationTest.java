package nl.statenwerk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.dossiers.Dossier;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.ImportReport;
import nl.statenwerk.ingest.Importer;
import nl.statenwerk.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The changes of today's modules end up in the audit log, with who, why and in which trace. */
@StatenwerkTest
class AuditWiringIntegrationTest {

    @Autowired
    Importer importer;

    @Autowired
    Accounts accounts;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcAuditLog log;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anImportRecordsItsRunAndEachObjectItChangedInOneTrace() throws Exception {
        PaperBundle bundle = new PaperBundle()
                .paper("p1", "Windpark Zeewolde", "motie", "2026-03-01", null)
                .paper("p2", "Grondaankoop", "voorstel", "2026-03-02", "vertrouwelijk");
        String folder = bundle.write();
        ImportReport report = AuditContext.start(Actor.administrator("os:griffier"), ProcessingActivity.IMPORT, null)
                .call(() -> importer.importFrom(folder, ImportListener.NONE));
        log.drain();
        String trace = report.runId().toString().replace("-", "");

        Map<String, Object> run =
                jdbc.queryForMap("select * from audit_entry where trace_id = ? and name = 'import'", trace);
        assertThat(run.get("actor_id")).isEqualTo("os:griffier");
        assertThat(run.get("processing_activity_id")).isEqualTo(ProcessingActivity.IMPORT.id());
        assertThat((String) run.get("outcome")).contains("2 nieuw");

        List<Map<String, Object>> papers = jdbc.queryForList(
                "select * from audit_entry where trace_id = ? and object_type = 'Paper' order by seq", trace);
        assertThat(papers).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.get("name")).isEqualTo("stukkenstroom-aangemaakt");
            assertThat(entry.get("parent_span_id")).isEqualTo(run.get("span_id"));
            assertThat(entry.get("actor_id")).isEqualTo("os:griffier");
            assertThat(entry.get("legal_basis")).isEqualTo(ProcessingActivity.IMPORT.legalBasis());
        });
        assertThat(papers).extracting(e -> e.get("confidentiality")).containsExactlyInAnyOrder(null, "vertrouwelijk");

        // again, unchanged: the run is recorded, no object is
        ImportReport again = importer.importFrom(folder, ImportListener.NONE);
        log.drain();
        String secondTrace = again.runId().toString().replace("-", "");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where trace_id = ?", Long.class, secondTrace))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select actor_id from audit_entry where trace_id = ?", String.class, secondTrace))
                .isEqualTo("systeem");
        assertThat(verifier.verify(List.of(), 1000, n -> {}).intact()).isTrue();
    }

    @Test
    void changesToSavedSearchesAndDossiersNameTheAccountAsActorAndBetrokkene() {
        UserAccount anna = accounts.create("Anna", "anna-" + UUID.randomUUID() + "@example.nl", DigestPreference.NONE);
        SavedSearch saved = savedSearches.save(anna.id(), "Wind", SearchQuery.of("wind"), true);
        Dossier dossier = dossiers.create(anna.id(), "Energie");
        dossiers.addSavedSearch(anna.id(), dossier.id(), saved.id());
        savedSearches.delete(anna.id(), saved.id());
        log.drain();

        List<Map<String, Object>> entries = jdbc.queryForList(
                "select * from audit_entry where data_subject_id = ? order by seq",
                anna.id().toString());
        assertThat(entries)
                .extracting(e -> e.get("name"))
                .containsExactly(
                        "account-aangemaakt",
                        "zoekopdracht-bewaard",
                        "dossier-aangemaakt",
                        "dossier-zoekopdracht-toegevoegd",
                        "zoekopdracht-verwijderd");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor_id")).isEqualTo("account:" + anna.id());
            assertThat(e.get("data_subject_id_type")).isEqualTo("account");
            assertThat(e.get("processing_activity_id")).isEqualTo(ProcessingActivity.USER_SERVICES.id());
        });
    }
}
