package nl.statenwerk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.conformance.ConformancePdfs;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@StatenwerkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {"statenwerk.publication.page-size=3", "statenwerk.public-url=https://staten.test.example/"})
class WooPublicationIntegrationTest {

    static final String PUBLIC_URL = "https://staten.test.example";
    static final WooSchemas SCHEMAS = new WooSchemas();

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    WooPublication publication;

    @LocalServerPort
    int port;

    UUID flevoland;
    UUID nowhere;
    final List<UUID> proposals = new java.util.ArrayList<>();
    UUID letter;
    UUID secret;
    UUID secretFile;
    UUID sharedFile;
    UUID orphan;

    @BeforeAll
    void seed() throws Exception {
        flevoland = body("woo:body:fl", "Provinciale Staten van Flevoland");
        nowhere = body("woo:body:x", "Algemeen Bestuur Nergensdorp");
        for (int i = 1; i <= 4; i++) {
            UUID paper = paper(flevoland, "woo:paper:" + i, "Statenvoorstel " + i, PaperType.STATENVOORSTEL, null);
            attach(paper, file("woo:file:" + i, "voorstel-" + i + ".pdf", "Voorstel " + i));
            proposals.add(paper);
        }
        // an attachment: a fifth and sixth file for the vergaderstukken, so that they fill two sitemaps of three
        attach(
                proposals.getFirst(),
                file("woo:file:1", "voorstel-1.pdf", "Voorstel 1"),
                file("woo:file:1b", "bijlage-1.pdf", "Bijlage bij voorstel 1"));
        letter = paper(flevoland, "woo:paper:letter", "Brief van het ministerie", PaperType.INGEKOMEN_STUK, null);
        attach(letter, file("woo:file:letter", "brief.pdf", "Brief"));
        secret = paper(flevoland, "woo:paper:secret", "Geheime grondposities", PaperType.STATENVOORSTEL, "geheim");
        secretFile = file("woo:file:secret", "geheim.pdf", "Geheim");
        attach(secret, secretFile);
        // a file that a public and a secret paper share is not public (Council.isFilePublic): it stays out too
        sharedFile = file("woo:file:shared", "gedeeld.pdf", "Gedeeld");
        UUID secretToo = paper(flevoland, "woo:paper:secret2", "Vertrouwelijk", PaperType.OTHER, "vertrouwelijk");
        attach(secretToo, sharedFile);
        UUID publicWithShared = paper(flevoland, "woo:paper:shared", "Openbaar", PaperType.OTHER, null);
        attach(publicWithShared, sharedFile);
        orphan = paper(nowhere, "woo:paper:orphan", "Stuk zonder uitgever", PaperType.STATENVOORSTEL, null);
        attach(orphan, file("woo:file:orphan", "orphan.pdf", "Zonder uitgever"));
    }

    @Test
    void everyIndexAndSitemapValidatesAndLinksFilesOverHttpsAtThePublicUrl() throws Exception {
        WooHarvest harvest = harvest();
        assertThat(harvest.indexes.keySet())
                .containsExactly(
                        PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat006.xml",
                        PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat008.xml");
        assertThat(harvest.locs())
                .isNotEmpty()
                .allSatisfy(loc -> assertThat(loc).startsWith(PUBLIC_URL + "/api/files/"));
        assertThat(harvest.locs()).anySatisfy(loc -> assertThat(loc).endsWith("/bijlage-1.pdf"));
        String letterSitemap = harvest.indexes
                .get(PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat006.xml")
                .getFirst()
                .xml();
        assertThat(letterSitemap)
                .contains("Brief van het ministerie")
                .contains("https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238")
                .contains("<diwoo:publisher resource=\"https://identifier.overheid.nl/tooi/id/provincie/pv24\">"
                        + "provincie Flevoland</diwoo:publisher>")
                .contains("ontvangst");
    }

    @Test
    void sitemapsSplitAtTheConfiguredSize() throws Exception {
        List<WooHarvest.Sitemap> vergaderstukken =
                harvest().indexes.get(PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat008.xml");
        assertThat(vergaderstukken).allSatisfy(s -> assertThat(s.locs()).hasSizeLessThanOrEqualTo(3));
        long entries = vergaderstukken.stream().mapToLong(s -> s.locs().size()).sum();
        assertThat(vergaderstukken).hasSize((int) ((entries + 2) / 3));
        assertThat(entries).isGreaterThan(3);
        assertThat(vergaderstukken.getFirst().url()).endsWith("/sitemap-diwoo-infocat008-1.xml");
    }

    @Test
    void everyPublicPapersDiWooDocumentValidates() throws Exception {
        for (UUID paper : List.of(proposals.get(0), proposals.get(1), letter)) {
            String xml = WooHarvest.ok(local("/woo/diwoo/" + paper + ".xml"));
            WooSchemas.validate(SCHEMAS.diwoo, xml);
            assertThat(xml).contains(PUBLIC_URL + "/stukken/" + paper);
        }
    }

    @Test
    void aNonPublicPaperAppearsNowhere() throws Exception {
        WooHarvest harvest = harvest();
        assertThat(harvest.locs())
                .noneMatch(loc -> loc.contains(secretFile.toString()))
                .noneMatch(loc -> loc.contains(sharedFile.toString()));
        String all = String.join(
                "",
                harvest.indexes.values().stream()
                        .flatMap(List::stream)
                        .map(WooHarvest.Sitemap::xml)
                        .toList());
        assertThat(all).doesNotContain("Geheime grondposities").doesNotContain("Vertrouwelijk");
        UUID none = UUID.randomUUID();
        var unknown = WooHarvest.get(local("/woo/diwoo/" + none + ".xml"));
        var hidden = WooHarvest.get(local("/woo/diwoo/" + secret + ".xml"));
        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(hidden.headers().map().keySet())
                .isEqualTo(unknown.headers().map().keySet());
        assertThat(withoutTimeAndId(hidden.body(), secret)).isEqualTo(withoutTimeAndId(unknown.body(), none));
    }

    @Test
    void aBodyWithoutPublisherIsReportedAndLeftOut() throws Exception {
        assertThat(publication.overview().problems())
                .singleElement()
                .asString()
                .contains("Algemeen Bestuur Nergensdorp")
                .contains("statenwerk.publication.publishers");
        assertThat(harvest().locs()).noneMatch(loc -> loc.endsWith("/orphan.pdf"));
        assertThat(WooHarvest.get(local("/woo/diwoo/" + orphan + ".xml")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theGriffiesOverviewAsksForSignIn() throws Exception {
        var response = WooHarvest.get(local("/beheer/publicatie"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/inloggen"));
        PublicationOverview overview = publication.overview();
        assertThat(overview.robotsUrl()).isEqualTo(PUBLIC_URL + "/robots.txt");
        assertThat(overview.categories())
                .extracting(c -> c.category().code())
                .containsExactly("infocat006", "infocat008");
        CategoryOverview vergaderstukken = overview.categories().get(1);
        assertThat(vergaderstukken.notPublished()).isEqualTo(2);
        assertThat(vergaderstukken.indexUrl()).isEqualTo(PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat008.xml");
    }

    @Test
    @Order(Integer.MAX_VALUE) // it withdraws papers the other tests expect
    void lastmodIsStableAndMovesWhenAnEntryIsDepublished() throws Exception {
        WooHarvest before = harvest();
        assertThat(harvest().indexes).isEqualTo(before.indexes);
        UUID depublished = proposals.get(3);
        String itsFile =
                council.links().paperFiles(depublished).getFirst().fileId().toString();
        assertThat(before.locs()).anyMatch(loc -> loc.contains(itsFile));
        String indexBefore = WooHarvest.ok(local("/sitemaps/sitemapindex-diwoo-infocat008.xml"));

        Thread.sleep(1100); // lastmod has seconds
        paper(flevoland, "woo:paper:4", "Statenvoorstel 4", PaperType.STATENVOORSTEL, "geheim");

        WooHarvest after = harvest();
        assertThat(after.locs()).noneMatch(loc -> loc.contains(itsFile));
        List<WooHarvest.Sitemap> sitemaps =
                after.indexes.get(PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat008.xml");
        String newest = sitemaps.stream()
                .map(WooHarvest.Sitemap::lastmod)
                .max(String::compareTo)
                .orElseThrow();
        String newestBefore = before.indexes.get(PUBLIC_URL + "/sitemaps/sitemapindex-diwoo-infocat008.xml").stream()
                .map(WooHarvest.Sitemap::lastmod)
                .max(String::compareTo)
                .orElseThrow();
        assertThat(java.time.OffsetDateTime.parse(newest)).isAfter(java.time.OffsetDateTime.parse(newestBefore));
        assertThat(WooHarvest.ok(local("/sitemaps/sitemapindex-diwoo-infocat008.xml")))
                .isNotEqualTo(indexBefore);
        assertThat(WooHarvest.get(local("/woo/diwoo/" + depublished + ".xml")).statusCode())
                .isEqualTo(404);

        // deleting a paper withdraws it the same way
        Thread.sleep(1100);
        String letterFile =
                council.links().paperFiles(letter).getFirst().fileId().toString();
        council.delete(Paper.class, letter);
        assertThat(harvest().locs()).noneMatch(loc -> loc.contains(letterFile));
        CategoryOverview ingekomen = publication.overview().categories().stream()
                .filter(c -> c.category().code().equals("infocat006"))
                .findFirst()
                .orElseThrow();
        assertThat(ingekomen.entries()).isZero();
        assertThat(ingekomen.indexUrl()).isNull();
        assertThat(ingekomen.lastModified()).isAfter(java.time.OffsetDateTime.parse(newest));
        proposals.remove(depublished);
    }

    /** An error body differs only in when it was made and which address was asked. */
    private static String withoutTimeAndId(String body, UUID id) {
        return body.replaceAll("\"timestamp\":\"[^\"]*\"", "").replace(id.toString(), "ID");
    }

    private WooHarvest harvest() throws Exception {
        return new WooHarvest(local(""), PUBLIC_URL, SCHEMAS);
    }

    private String local(String path) {
        return "http://localhost:" + port + path;
    }

    private UUID body(String sourceId, String name) {
        return council.save(
                        new Body(
                                null,
                                sourceId,
                                name,
                                null,
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private UUID paper(UUID body, String sourceId, String name, PaperType type, @Nullable String confidentiality) {
        return council.save(
                        new Paper(
                                null,
                                body,
                                sourceId,
                                name,
                                sourceId.substring(sourceId.lastIndexOf(':') + 1),
                                LocalDate.of(2026, 3, 2),
                                type,
                                null,
                                null,
                                confidentiality,
                                false,
                                "Griffie",
                                null,
                                null,
                                null,
                                type == PaperType.INGEKOMEN_STUK ? LocalDate.of(2026, 2, 20) : null,
                                null,
                                "nl",
                                "1",
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private UUID file(String sourceId, String fileName, String name) throws Exception {
        byte[] content = ConformancePdfs.plain(name);
        StoredContent stored = files.store(new ByteArrayInputStream(content), "application/pdf", fileName);
        return files.save(
                        StoredFile.of(flevoland, sourceId, name, fileName, "application/pdf", stored), stored.sha256())
                .id();
    }

    private void attach(UUID paper, UUID... fileIds) {
        List<PaperFile> links = new java.util.ArrayList<>();
        for (int i = 0; i < fileIds.length; i++) {
            links.add(new PaperFile(paper, fileIds[i], i == 0 ? PaperFile.Role.MAIN : PaperFile.Role.AUXILIARY, i));
        }
        council.links().replacePaperFiles(paper, links);
    }
}
