package nl.statenwerk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.json.JsonMapper;

/** Writes small ODS-ORI bundles for tests: a consistent set of objects, to which a test adds bad ones. */
final class TestBundles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Path dir;
    final Map<String, List<Map<String, Object>>> collections = new LinkedHashMap<>();
    /** Each bundle has urls of its own, so tests sharing a database never see each other's objects. */
    private final String base = "https://ori.test.invalid/" + java.util.UUID.randomUUID() + "/";

    TestBundles(Path dir) {
        this.dir = dir;
    }

    String url(String collection, String id) {
        return base + collection + "/" + id;
    }

    Map<String, Object> ref(String collection, String id) {
        return Map.of("id", id, "url", url(collection, id));
    }

    Map<String, Object> add(String collection, String id, Map<String, Object> fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("url", url(collection, id));
        object.put("id", id);
        object.putAll(fields);
        collections.computeIfAbsent(collection, c -> new ArrayList<>()).add(object);
        return object;
    }

    /** A province's Staten with two fracties, a member, a meeting with two items, a motie with its PDF and a vote. */
    static TestBundles flevoland(Path dir) throws IOException {
        TestBundles b = new TestBundles(dir);
        b.add("fracties", "f1", Map.of("fractienaam", "Groen Flevoland", "provincie", "flevoland"));
        b.add("fracties", "f2", Map.of("fractienaam", "Polderpartij", "provincie", "flevoland"));
        b.add(
                "natuurlijkpersonen",
                "p1",
                Map.of(
                        "naamNatuurlijkPersoon",
                        Map.of(
                                "achternaam",
                                "Vries",
                                "tussenvoegsel",
                                "de",
                                "voorletters",
                                "J.",
                                "voornamen",
                                "Jet",
                                "volledigeNaam",
                                "Jet de Vries"),
                        "functie",
                        "statenlid",
                        "geslachtsaanduiding",
                        "vrouw"));
        b.add(
                "fractielidmaatschappen",
                "m1",
                Map.of(
                        "fractie",
                        b.ref("fracties", "f1"),
                        "natuurlijkPersoon",
                        b.ref("natuurlijkpersonen", "p1"),
                        "indicatieVoorzitter",
                        true,
                        "datumBeginFractieLidmaatschap",
                        "2023-03-29T00:00:00+02:00"));
        b.add(
                "vergaderingen",
                "v1",
                Map.of(
                        "vergaderingstype",
                        "statenvergadering",
                        "status",
                        "gehouden",
                        "naam",
                        "Statenvergadering 12 juni 2024",
                        "vergaderdatum",
                        "2024-06-12",
                        "locatie",
                        "Provinciehuis Lelystad",
                        "provincie",
                        "flevoland"));
        b.add(
                "agendapunten",
                "a1",
                Map.of(
                        "vergadering",
                        b.ref("vergaderingen", "v1"),
                        "agendapuntvolgnummer",
                        "1",
                        "agendapuntTitel",
                        "Opening",
                        "provincie",
                        "flevoland"));
        b.add(
                "agendapunten",
                "a2",
                Map.of(
                        "vergadering",
                        b.ref("vergaderingen", "v1"),
                        "agendapuntvolgnummer",
                        "2",
                        "agendapuntTitel",
                        "Windmolenpark Zeewolde",
                        "indicatieHamerstuk",
                        false,
                        "provincie",
                        "flevoland"));
        b.add("besluiten", "b1", Map.of("besluitresultaat", "Aangenomen"));
        b.add(
                "informatieobjecten",
                "i1",
                Map.of(
                        "titel",
                        "Motie windmolenpark Zeewolde",
                        "informatieobjecttype",
                        "motie",
                        "motietype",
                        "vreemd",
                        "creatiedatum",
                        "2024-06-12",
                        "link",
                        "files/motie-1.pdf",
                        "agendapunten",
                        List.of(b.ref("agendapunten", "a2")),
                        "provincie",
                        "flevoland"));
        b.add(
                "indieners",
                "ind1",
                Map.of(
                        "informatieobject",
                        b.ref("informatieobjecten", "i1"),
                        "natuurlijkPersoon",
                        b.ref("natuurlijkpersonen", "p1")));
        b.add(
                "stemmingen",
                "s1",
                Map.of(
                        "agendapunt",
                        b.ref("agendapunten", "a2"),
                        "informatieobject",
                        b.ref("informatieobjecten", "i1"),
                        "besluit",
                        b.ref("besluiten", "b1"),
                        "stemmingstype",
                        "regulier",
                        "resultaatMondelingeStemming",
                        "voor",
                        "aantalVoor",
                        30,
                        "aantalTegen",
                        11));
        b.add(
                "stemresultatenperfractie",
                "r1",
                Map.of(
                        "stemming",
                        b.ref("stemmingen", "s1"),
                        "fractie",
                        b.ref("fracties", "f1"),
                        "fractiestemresultaat",
                        "aangenomen",
                        "aantalVoor",
                        5));
        b.add(
                "stemresultatenperfractie",
                "r2",
                Map.of(
                        "stemming",
                        b.ref("stemmingen", "s1"),
                        "fractie",
                        b.ref("fracties", "f2"),
                        "fractiestemresultaat",
                        "verworpen",
                        "aantalTegen",
                        3));
        pdf(
                dir.resolve("files/motie-1.pdf"),
                "De Staten van Flevoland, in vergadering bijeen,",
                "verzoeken het college het windmolenpark te heroverwegen.");
        return b;
    }

    TestBundles write() throws IOException {
        Files.createDirectories(dir);
        for (var entry : collections.entrySet()) {
            Files.write(dir.resolve(entry.getKey() + ".json"), JSON.writeValueAsBytes(entry.getValue()));
        }
        return this;
    }

    long objectCount() {
        return collections.values().stream().mapToLong(List::size).sum();
    }

    /** A PDF with one page per text. */
    static void pdf(Path target, String... pages) throws IOException {
        Files.createDirectories(target.getParent());
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(target.toFile());
        }
    }

    static void encryptedPdf(Path target) throws IOException {
        pdf(target, "Geheim");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            document.protect(new StandardProtectionPolicy("eigenaar", "gebruiker", new AccessPermission()));
            document.save(target.toFile());
        }
    }
}
