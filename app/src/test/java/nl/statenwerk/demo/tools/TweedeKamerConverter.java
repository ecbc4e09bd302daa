package nl.statenwerk.demo.tools;

import static nl.statenwerk.demo.tools.DemoBundleConverter.dutchDate;
import static nl.statenwerk.demo.tools.DemoBundleConverter.id;
import static nl.statenwerk.demo.tools.DemoBundleConverter.read;
import static nl.statenwerk.demo.tools.DemoBundleConverter.slug;
import static nl.statenwerk.demo.tools.DemoBundleConverter.truncate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** tk-motiematcher: Tweede Kamer motions (OData Zaak + publication text + vote summary). */
final class TweedeKamerConverter {

    static final String DIR = "tweede-kamer";

    /**
     * The standard's VergaderingsType has no parliamentary value. A plenary sitting of the Kamer is a meeting of the
     * whole elected assembly, like a Statenvergadering; "statenvergadering" is chosen over "raadsvergadering" because
     * the Kamer is a chamber of the Staten-Generaal, and committee/presidium values would be factually wrong.
     */
    static final String VERGADERINGSTYPE = "statenvergadering";

    private static final Pattern INDIENERS_ONDERWERP = Pattern.compile(
            "(?i)motie (?:van )?(?:het lid|de leden) (.+?) (?:over|inzake|ter|met|om|tot|betreffende) ");
    private static final Pattern INDIENERS_TEKST = Pattern.compile("(?m)^MOTIE VAN (?:HET LID|DE LEDEN) (.+)$");

    private final Path root;
    private final Bundle bundle = new Bundle(DIR);
    private final Map<String, List<String>> personsByName = new HashMap<>();
    private final Map<String, JsonNode> personsById = new HashMap<>();
    private final Map<String, String> functies = new HashMap<>();

    private final int maxMotions;

    TweedeKamerConverter(Path root, int maxMotions) {
        this.root = root;
        this.maxMotions = maxMotions;
    }

    Bundle convert() {
        bundle.descriptor(DemoBundleConverter.descriptor(
                "Tweede Kamer der Staten-Generaal",
                "Tweede Kamer",
                "parlement",
                DIR,
                "https://www.tweedekamer.nl",
                "Open data - Tweede Kamer der Staten-Generaal (opendata.tweedekamer.nl, CC0)",
                DemoBundleConverter.TK_REPO + " bronmateriaal-onbewerkt @ " + DemoBundleConverter.TK_COMMIT));

        List<JsonNode> stemmingRows = odata("stemming_page_");
        Map<String, String> fractieIds = convertFracties(stemmingRows);
        convertPersons();
        convertMemberships(stemmingRows, fractieIds);
        convertMotions();
        return bundle;
    }

    private List<JsonNode> odata(String prefix) {
        try (Stream<Path> files = Files.list(root.resolve("odata"))) {
            List<JsonNode> rows = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted()
                    .toList()) {
                JsonNode node = read(file);
                (node.isArray() ? node : node.path("value")).forEach(rows::add);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vote rows are the only source in the corpus that names Kamer fracties with their OData ids. */
    private Map<String, String> convertFracties(List<JsonNode> stemmingRows) {
        Map<String, String> names = new TreeMap<>();
        for (JsonNode row : stemmingRows) {
            if (row.hasNonNull("Fractie_Id") && row.hasNonNull("ActorFractie")) {
                names.putIfAbsent(
                        row.path("Fractie_Id").asString(),
                        row.path("ActorFractie").asString());
            }
        }
        Map<String, String> ids = new HashMap<>();
        names.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String id = id("fr", slug(e.getValue()));
                    ids.put(e.getKey(), id);
                    bundle.create("fracties", id).put("fractienaam", e.getValue());
                });
        return ids;
    }

    private void convertPersons() {
        Map<Long, JsonNode> byNummer = new TreeMap<>();
        for (JsonNode p : odata("persoon_page_")) {
            byNummer.put(p.path("Nummer").asLong(), p);
        }
        for (JsonNode p : odata("active_members_detailed_")) {
            byNummer.putIfAbsent(p.path("Nummer").asLong(), p);
        }
        for (JsonNode p : byNummer.values()) {
            if (!p.hasNonNull("Achternaam")) {
                continue;
            }
            String id = id("np", p.path("Nummer").asString());
            personsById.put(p.path("Id").asString(), p);
            functies.put(id, p.path("Functie").asString(""));
            ObjectNode person = bundle.create("natuurlijkpersonen", id);
            // The enum has no Kamerlid; "overig" is its own default for anyone outside municipal/provincial roles.
            person.put("functie", "overig");
            String geslacht = p.path("Geslacht").asString("");
            if (!geslacht.isEmpty()) {
                person.put(
                        "geslachtsaanduiding",
                        switch (geslacht) {
                            case "man" -> "man";
                            case "vrouw" -> "vrouw";
                            default -> "anders";
                        });
            }
            String achternaam = p.path("Achternaam").asString();
            String tussenvoegsel = p.path("Tussenvoegsel").asString("");
            String roepnaam = p.path("Roepnaam").asString("");
            ObjectNode naam = person.putObject("naamNatuurlijkPersoon");
            naam.put("achternaam", achternaam);
            if (!tussenvoegsel.isEmpty()) {
                naam.put("tussenvoegsel", tussenvoegsel);
            }
            if (p.hasNonNull("Initialen")) {
                naam.put("voorletters", p.path("Initialen").asString());
            }
            if (p.hasNonNull("Voornamen")) {
                naam.put("voornamen", p.path("Voornamen").asString());
            }
            String surname = tussenvoegsel.isEmpty() ? achternaam : tussenvoegsel + " " + achternaam;
            naam.put("volledigeNaam", roepnaam.isEmpty() ? surname : roepnaam + " " + surname);

            Set<String> keys = new LinkedHashSet<>();
            // A bare surname only identifies people without a tussenvoegsel: "Dijk" is not "Van Dijk".
            if (tussenvoegsel.isEmpty()) {
                keys.add(achternaam);
            }
            keys.add(surname);
            if (!roepnaam.isEmpty()) {
                keys.add(roepnaam + " " + surname);
            }
            for (String key : keys) {
                personsByName
                        .computeIfAbsent(normalize(key), k -> new ArrayList<>())
                        .add(id);
            }
        }
    }

    /**
     * Fractie membership is only recorded where a vote row names both a person and a fractie; begin and end dates are
     * not in the corpus, so they are left out rather than guessed.
     */
    private void convertMemberships(List<JsonNode> stemmingRows, Map<String, String> fractieIds) {
        Map<String, String[]> memberships = new TreeMap<>();
        for (JsonNode row : stemmingRows) {
            JsonNode person = personsById.get(row.path("Persoon_Id").asString(""));
            String fractieId = fractieIds.get(row.path("Fractie_Id").asString(""));
            if (person == null || fractieId == null) {
                continue;
            }
            String personId = id("np", person.path("Nummer").asString());
            String id = id("fl", person.path("Nummer").asString() + "-" + fractieId.substring(3));
            memberships.putIfAbsent(id, new String[] {fractieId, personId});
        }
        memberships.forEach((id, refs) -> {
            ObjectNode m = bundle.create("fractielidmaatschappen", id);
            m.set("fractie", bundle.ref("fracties", refs[0]));
            m.set("natuurlijkPersoon", bundle.ref("natuurlijkpersonen", refs[1]));
            m.put("indicatieVoorzitter", false);
        });
    }

    private record Motion(JsonNode zaak, JsonNode text, JsonNode votes, LocalDate date) {}

    private void convertMotions() {
        Map<String, JsonNode> votesByZaak = new HashMap<>();
        for (JsonNode v : read(root.resolve("motion_votes_summary.subset.json"))) {
            votesByZaak.put(v.path("motion_id").asString(), v);
        }
        List<Motion> motions = new ArrayList<>();
        for (JsonNode entry : read(root.resolve("index.json"))) {
            String zaakId = entry.path("zaak_id").asString();
            JsonNode zaak = read(root.resolve("zaak").resolve(zaakId + ".json"));
            JsonNode text = read(root.resolve("document_texts")
                    .resolve(entry.path("publication_ids").get(0).asString() + ".json"));
            JsonNode votes = votesByZaak.get(zaakId);
            String date = votes != null
                    ? votes.path("motion_date").asString()
                    : zaak.path("GestartOp").asString();
            motions.add(new Motion(zaak, text, votes, LocalDate.parse(date.substring(0, 10))));
        }
        motions.sort(Comparator.comparing(Motion::date)
                .thenComparing(m -> m.zaak().path("Nummer").asString()));
        if (maxMotions > 0 && motions.size() > maxMotions) {
            // Whole days, newest first, so a kept vergadering has all its motions.
            int from = motions.size() - maxMotions;
            while (from > 0
                    && motions.get(from - 1).date().equals(motions.get(from).date())) {
                from--;
            }
            motions = new ArrayList<>(motions.subList(from, motions.size()));
        }

        Map<LocalDate, JsonNode> plenaries = new TreeMap<>();
        odata("vergadering_page_").stream()
                .filter(v -> "Plenair".equals(v.path("Soort").asString("")))
                .sorted(Comparator.comparing((JsonNode v) -> v.path("Datum").asString())
                        .thenComparing(v -> v.path("Id").asString()))
                .forEach(v -> plenaries.putIfAbsent(
                        LocalDate.parse(v.path("Datum").asString().substring(0, 10)), v));

        LocalDate current = null;
        int volgnummer = 0;
        for (Motion motion : motions) {
            if (!motion.date().equals(current)) {
                current = motion.date();
                volgnummer = 0;
                createVergadering(current, plenaries.get(current));
            }
            convertMotion(motion, id("vg", current.toString()), ++volgnummer);
        }
    }

    private void createVergadering(LocalDate date, JsonNode plenary) {
        ObjectNode vergadering = bundle.create("vergaderingen", id("vg", date.toString()));
        vergadering.put("naam", "Plenaire vergadering " + dutchDate(date));
        vergadering.put("vergaderingstype", VERGADERINGSTYPE);
        vergadering.put("status", "gehouden");
        vergadering.put("vergaderdatum", date.toString());
        if (plenary != null) {
            String aanvang = plenary.path("Aanvangstijd").asString("");
            if (!aanvang.isEmpty() && !aanvang.startsWith("0001")) {
                vergadering.put("aanvangVergadering", aanvang);
            }
            String sluiting = plenary.path("Sluiting").asString("");
            if (!sluiting.isEmpty() && !sluiting.startsWith("0001")) {
                vergadering.put("eindeVergadering", sluiting);
            }
            vergadering.put("locatie", truncate(plenary.path("Zaal").asString("Plenaire zaal"), 100));
            vergadering.put(
                    "vergadertoelichting", plenary.path("Titel").asString().strip());
        }
    }

    private void convertMotion(Motion motion, String vergaderingId, int volgnummer) {
        JsonNode zaak = motion.zaak();
        String nummer = zaak.path("Nummer").asString();
        String onderwerp = zaak.path("Onderwerp").asString().strip();
        String kamerstuk = kamerstuk(zaak, motion.text());

        String agendapuntId = id("ap", nummer);
        ObjectNode agendapunt = bundle.create("agendapunten", agendapuntId);
        agendapunt.set("vergadering", bundle.ref("vergaderingen", vergaderingId));
        agendapunt.put("agendapuntTitel", truncate(onderwerp, 100));
        agendapunt.put("agendapuntOmschrijving", onderwerp);
        agendapunt.put("agendapuntvolgnummer", Integer.toString(volgnummer));

        String file = "files/" + kamerstuk + ".pdf";
        bundle.addFile(
                file,
                PdfRenderer.render(onderwerp, motion.text().path("content").asString(), motion.date()));

        String ioId = id("io", nummer);
        ObjectNode io = bundle.create("informatieobjecten", ioId);
        io.put("titel", truncate(onderwerp, 200));
        io.put("omschrijving", zaak.path("Titel").asString().strip());
        io.put("informatieobjecttype", "motie");
        io.put("creatiedatum", zaak.path("GestartOp").asString().substring(0, 10));
        io.put("taal", "dut");
        io.put("link", file);
        StringBuilder toelichting = new StringBuilder();
        if (onderwerp.length() > 200) {
            toelichting.append(onderwerp).append("\n");
        }
        toelichting
                .append("Bron: Tweede Kamer der Staten-Generaal, zaak ")
                .append(nummer)
                .append(", Kamerstuk ")
                .append(kamerstuk)
                .append(" (https://zoek.officielebekendmakingen.nl/")
                .append(kamerstuk)
                .append(".html)");
        io.put("toelichting", toelichting.toString());
        io.putArray("agendapunten").add(bundle.ref("agendapunten", agendapuntId));
        io.putArray("vergaderingen").add(bundle.ref("vergaderingen", vergaderingId));

        List<String> names = indieners(onderwerp, motion.text().path("content").asString(""));
        for (int i = 0; i < names.size(); i++) {
            ObjectNode indiener = bundle.create("indieners", id("in", nummer + "-" + (i + 1)));
            indiener.put("naam", names.get(i));
            indiener.set("informatieobject", bundle.ref("informatieobjecten", ioId));
            String personId = person(names.get(i));
            if (personId != null) {
                indiener.set("natuurlijkPersoon", bundle.ref("natuurlijkpersonen", personId));
            }
        }

        JsonNode votes = motion.votes();
        if (votes == null) {
            return;
        }
        String status = votes.path("final_status").asString("");
        String besluitId = id("bs", nummer);
        ObjectNode besluit = bundle.create("besluiten", besluitId);
        String label = status.replaceFirst("^Stemmen - ", "");
        besluit.put(
                "besluitresultaat",
                label.isEmpty() ? status : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1));
        besluit.put("besluittoelichting", status);

        ObjectNode stemming = bundle.create("stemmingen", id("st", nummer));
        stemming.set("agendapunt", bundle.ref("agendapunten", agendapuntId));
        stemming.set("informatieobject", bundle.ref("informatieobjecten", ioId));
        stemming.set("besluit", bundle.ref("besluiten", besluitId));
        stemming.put("stemmingstype", "regulier");
        if (status.endsWith("aangenomen")) {
            stemming.put("resultaatMondelingeStemming", "voor");
        } else if (status.endsWith("verworpen")) {
            stemming.put("resultaatMondelingeStemming", "tegen");
        }
        JsonNode totals = votes.path("vote_totals");
        if (totals.isObject() && !totals.isEmpty()) {
            stemming.put("aantalVoor", totals.path("Voor").asInt(0));
            stemming.put("aantalTegen", totals.path("Tegen").asInt(0));
        }
    }

    /** File name of the official publication (kst-dossier-nr), falling back to the TK document number. */
    private static String kamerstuk(JsonNode zaak, JsonNode text) {
        String documentId = text.path("source").path("document_id").asString("");
        JsonNode chosen = zaak.path("Document").get(0);
        for (JsonNode doc : zaak.path("Document")) {
            if (doc.path("Id").asString("").equals(documentId)) {
                chosen = doc;
            }
        }
        String name =
                chosen.path("HuidigeDocumentVersie").path("ExterneIdentifier").asString("");
        if (name.isEmpty()) {
            name = chosen.path("DocumentNummer").asString(zaak.path("Nummer").asString());
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static List<String> indieners(String onderwerp, String content) {
        Matcher m = INDIENERS_ONDERWERP.matcher(onderwerp);
        String list;
        if (m.find()) {
            list = m.group(1);
        } else {
            Matcher t = INDIENERS_TEKST.matcher(content);
            if (!t.find()) {
                return List.of();
            }
            list = t.group(1);
        }
        List<String> names = new ArrayList<>();
        for (String part : list.replaceAll("(?i)\\s+c\\.s\\.?", "").split(",\\s*|\\s+(?:en|EN)\\s+")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /** Links only unambiguous names: a wrong person is worse than an unlinked one. */
    private String person(String name) {
        List<String> candidates = personsByName.getOrDefault(normalize(name), List.of());
        List<String> distinct = candidates.stream().distinct().toList();
        if (distinct.size() > 1) {
            List<String> sitting = distinct.stream()
                    .filter(id -> "Tweede Kamerlid".equals(functies.get(id)))
                    .toList();
            distinct = sitting;
        }
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    private static String normalize(String name) {
        // Onderwerp texts sometimes drop diacritics (Yesilgöz for Yeşilgöz, Kostic for Kostić).
        return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}
