package nl.statenwerk.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small ODS-ORI bundle for search tests (as ingest's TestBundles): Flevoland with two fracties, a member, a meeting,
 * a public motie with a three-page PDF, a public amendement, a vote, and a secret paper with a word of its own.
 */
final class SearchBundle {

    /** Occurs only in the secret paper: whoever finds, counts or is offered it has seen what is not public. */
    static final String SECRET_WORD = "zwavelzuurfabriek";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Path dir;
    private final Map<String, List<Map<String, Object>>> collections = new LinkedHashMap<>();
    private final String base = "https://ori.test.invalid/" + UUID.randomUUID() + "/";

    private SearchBundle(Path dir) {
        this.dir = dir;
    }

    String url(String collection, String id) {
        return base + collection + "/" + id;
    }

    private Map<String, Object> ref(String collection, String id) {
        return Map.of("id", id, "url", url(collection, id));
    }

    private void add(String collection, String id, Map<String, Object> fields) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("url", url(collection, id));
        object.put("id", id);
        object.putAll(fields);
        collections.computeIfAbsent(collection, c -> new ArrayList<>()).add(object);
    }

    static SearchBundle flevoland(Path dir) throws IOException {
        SearchBundle b = new SearchBundle(dir);
        b.add("fracties", "f1", Map.of("fractienaam", "Groen Flevoland", "provincie", "flevoland"));
        b.add("fracties", "f2", Map.of("fractienaam", "Polderpartij", "provincie", "flevoland"));
        b.add(
                "natuurlijkpersonen",
                "p1",
                Map.of(
                        "naamNatuurlijkPersoon",
                        Map.of("achternaam", "Vries", "tussenvoegsel", "de", "volledigeNaam", "Jet de Vries"),
                        "functie",
                        "statenlid"));
        b.add(
                "fractielidmaatschappen",
                "m1",
                Map.of("fractie", b.ref("fracties", "f1"), "natuurlijkPersoon", b.ref("natuurlijkpersonen", "p1")));
        b.add(
                "vergaderingen",
                "v1",
                Map.of(
                        "vergaderingstype", "statenvergadering",
                        "status", "gehouden",
                        "naam", "Statenvergadering 12 juni 2024",
                        "vergaderdatum", "2024-06-12",
                        "provincie", "flevoland"));
        b.add(
                "agendapunten",
                "a1",
                Map.of(
                        "vergadering", b.ref("vergaderingen", "v1"),
                        "agendapuntvolgnummer", "2",
                        "agendapuntTitel", "Windmolenpark Zeewolde",
                        "provincie", "flevoland"));
        b.add(
                "informatieobjecten",
                "i1",
                Map.of(
                        "titel", "Motie windmolenpark Zeewolde",
                        "informatieobjecttype", "motie",
                        "creatiedatum", "2024-06-12",
                        "link", "files/motie-1.pdf",
                        "provincie", "flevoland"));
        b.add(
                "indieners",
                "ind1",
                Map.of(
                        "informatieobject", b.ref("informatieobjecten", "i1"),
                        "natuurlijkPersoon", b.ref("natuurlijkpersonen", "p1")));
        b.add(
                "informatieobjecten",
                "i2",
                Map.of(
                        "titel", "Amendement begroting 2023 bij het statenvoorstel",
                        "informatieobjecttype", "amendement",
                        "creatiedatum", "2023-11-01",
                        "omschrijving", "Gedeputeerde Staten voeren de regionale energiestrategie uit.",
                        "provincie", "flevoland"));
        b.add(
                "indieners",
                "ind2",
                Map.of(
                        "informatieobject", b.ref("informatieobjecten", "i2"),
                        "organisatorischeEenheid", b.ref("fracties", "f2")));
        b.add(
                "informatieobjecten",
                "i3",
                Map.of(
                        "titel", "Motie windmolenpark " + SECRET_WORD,
                        "informatieobjecttype", "motie",
                        "vertrouwelijkheidsaanduiding", "geheim",
                        "creatiedatum", "2022-01-10",
                        "omschrijving", "De " + SECRET_WORD + " bij het windmolenpark.",
                        "link", "files/geheim.pdf",
                        "provincie", "flevoland"));
        b.add(
                "indieners",
                "ind3",
                Map.of(
                        "informatieobject", b.ref("informatieobjecten", "i3"),
                        "organisatorischeEenheid", b.ref("fracties", "f1")));
        b.add(
                "stemmingen",
                "s1",
                Map.of(
                        "agendapunt", b.ref("agendapunten", "a1"),
                        "informatieobject", b.ref("informatieobjecten", "i1"),
                        "stemmingstype", "regulier",
                        "resultaatMondelingeStemming", "voor",
                        "provincie", "flevoland"));
        b.add(
                "stemmingen",
                "s3",
                Map.of(
                        "agendapunt", b.ref("agendapunten", "a1"),
                        "informatieobject", b.ref("informatieobjecten", "i3"),
                        "stemmingstype", "regulier",
                        "resultaatMondelingeStemming", "tegen",
                        "provincie", "flevoland"));
        b.add(
                "stemresultatenperfractie",
                "r1",
                Map.of(
                        "stemming", b.ref("stemmingen", "s1"),
                        "fractie", b.ref("fracties", "f1"),
                        "fractiestemresultaat", "aangenomen"));
        pdf(
                dir.resolve("files/motie-1.pdf"),
                "De Staten van Flevoland, in vergadering bijeen,",
                "overwegende dat de huisartsenpraktijk in Urk sluit,",
                "verzoeken het college de omgevingsvisie te herzien met ideeen voor openbaar vervoer.");
        pdf(dir.resolve("files/geheim.pdf"), "De " + SECRET_WORD + " lekt zwavelzuur.");
        return b.write();
    }

    private SearchBundle write() throws IOException {
        Files.createDirectories(dir);
        for (var entry : collections.entrySet()) {
            Files.write(dir.resolve(entry.getKey() + ".json"), JSON.writeValueAsBytes(entry.getValue()));
        }
        return this;
    }

    private static void pdf(Path target, String... pages) throws IOException {
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
}
