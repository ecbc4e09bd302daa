package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.ingest.ImportReport.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile source on 127.0.0.1 names files on internal addresses, directly and through redirects. The test server
 * stands in for a public source: only its address, 127.0.0.1, is allowed, so {@code localhost} and every other
 * spelling of the same machine count as internal, as they do for the production default.
 */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.import.allowed-private-hosts=127.0.0.1")
class ImportAddressPolicyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Importer importer;

    @Autowired
    Council council;

    @TempDir
    Path temp;

    @Test
    void filesOnInternalAddressesFailAsTheirObjectsWhileTheRestOfTheSourceImports() throws Exception {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("api"));
        try (TestHttpServer server = new TestHttpServer()) {
            String ns = "/" + UUID.randomUUID() + "/api";
            int port = server.port();
            String secret = ns + "/files/geheim.pdf";
            byte[] pdf = Files.readAllBytes(bundle.dir.resolve("files/motie-1.pdf"));
            server.serve(ns + "/files/motie-1.pdf", pdf);
            server.serve(secret, pdf);
            server.redirect(ns + "/naar-binnen", "http://localhost:" + port + secret);
            server.redirect(ns + "/via-buiten", server.url(ns + "/naar-binnen"));
            server.redirect(ns + "/lus", ns + "/lus");
            server.redirect(ns + "/relatief", "files/motie-1.pdf");
            Map<String, String> links = new LinkedHashMap<>();
            links.put("localhost", "http://localhost:" + port + secret);
            links.put("metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
            links.put("decimaal", "http://2130706433:" + port + secret);
            links.put("ipv4-in-ipv6", "http://[::ffff:127.0.0.1]:" + port + secret);
            links.put("ipv6-loopback", "http://[::1]:" + port + secret);
            links.put("wachtwoord", "http://beheer:geheim@127.0.0.1:" + port + secret);
            links.put("doorverwezen", server.url(ns + "/naar-binnen"));
            links.put("twee-keer-doorverwezen", server.url(ns + "/via-buiten"));
            links.put("eindeloos", server.url(ns + "/lus"));
            links.put("relatief-doorverwezen", server.url(ns + "/relatief"));
            links.forEach((id, link) -> bundle.add(
                    "informatieobjecten", id, Map.of("titel", "Stuk " + id, "link", link, "provincie", "flevoland")));
            bundle.collections.get("informatieobjecten").getFirst().put("link", server.url(ns + "/files/motie-1.pdf"));
            for (var collection : bundle.collections.entrySet()) {
                var page = new LinkedHashMap<String, Object>();
                // a next page on the metadata service: that collection's first page still imports
                page.put(
                        "next",
                        collection.getKey().equals("fracties") ? "http://169.254.169.254/api/fracties?page=2" : null);
                page.put("results", collection.getValue());
                server.serve(ns + "/" + collection.getKey(), JSON.writeValueAsBytes(page));
            }

            ImportReport report = importer.importFrom(server.url(ns), ImportListener.NONE);

            assertThat(server.hits(secret)).as("no internal address reached").isZero();
            Map<String, String> refused = Map.of(
                    "localhost", "localhost wijst naar",
                    "metadata", "169.254.169.254, een intern adres (link-local",
                    "decimaal", "ongebruikelijke schrijfwijze van een IP-adres: 2130706433",
                    "ipv4-in-ipv6", "127.0.0.1, een intern adres (loopback)",
                    "ipv6-loopback", "een intern adres (loopback)",
                    "wachtwoord", "gebruikersnaam of wachtwoord",
                    "doorverwezen", "doorverwezen naar http://localhost:",
                    "twee-keer-doorverwezen", "doorverwezen naar http://localhost:",
                    "eindeloos", "meer dan 5 doorverwijzingen");
            refused.forEach((id, why) -> {
                ImportReport.Line line = line(report, bundle.url("informatieobjecten", id));
                assertThat(line.outcome()).as(id).isEqualTo(Outcome.FAILED);
                assertThat(line.message())
                        .as(id)
                        .startsWith("bestand geweigerd: ")
                        .contains(why);
                assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", id)))
                        .as(id)
                        .isEmpty();
            });
            assertThat(report.lines())
                    .filteredOn(l -> "fracties".equals(l.collection()) && l.outcome() == Outcome.FAILED)
                    .singleElement()
                    .satisfies(l -> assertThat(l.message()).contains("pagina geweigerd", "link-local"));
            // a redirect within the allowed host is followed, and the source's good objects land
            assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "relatief-doorverwezen")))
                    .isPresent();
            assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "i1")))
                    .isPresent();
            assertThat(report.count(Outcome.FAILED)).isEqualTo(refused.size() + 1);
        }
    }

    @Test
    void aSourceOnAnInternalAddressIsNotImportedAtAll() throws Exception {
        try (TestHttpServer server = new TestHttpServer()) {
            String ns = "/" + UUID.randomUUID();
            server.serve(ns + "/fracties", JSON.writeValueAsBytes(List.of()));

            assertThatThrownBy(() -> importer.importFrom("http://localhost:" + server.port() + ns, ImportListener.NONE))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("geweigerd")
                    .hasMessageContaining("loopback");
            assertThat(server.hits(ns)).isZero();
        }
    }

    private static ImportReport.Line line(ImportReport report, String sourceId) {
        return report.lines().stream()
                .filter(l -> sourceId.equals(l.sourceId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no report line for " + sourceId + " in " + report.lines()));
    }
}
