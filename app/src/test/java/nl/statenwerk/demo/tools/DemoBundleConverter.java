package nl.statenwerk.demo.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Developer tool: turns the public corpus (wie-stemde-wat, tk-motiematcher) into the ODS Open Raadsinformatie
 * bundles shipped under {@code app/src/main/resources/demo}. The application never reads the corpus itself.
 *
 * <p>Usage: {@code DemoBundleConverter [corpusDir] [outputDir]}, defaults {@code /work/shared/corpus} and
 * {@code src/main/resources/demo}.
 */
public final class DemoBundleConverter {

    static final String GENERATED_BY = "DemoBundleConverter";
    static final String WSW_REPO = "carefulCamel61097/wie-stemde-wat";
    static final String WSW_COMMIT = "3b6143f9fdf1089e2341b2dce4ad926241a13c45";
    static final String TK_REPO = "tommyvanderwal/motiematcher";
    static final String TK_COMMIT = "a1faf70d7868139d87dbc8e14746bb2c5fdf09be";

    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    /** Bundle directory, wie-stemde-wat file name and ODS-ORI {@code Provincie} enum value. */
    record Province(String dir, String enumValue) {}

    static final List<Province> PROVINCES = List.of(
            new Province("utrecht", "utrecht"),
            new Province("gelderland", "gelderland"),
            new Province("noord-holland", "noord_holland"),
            new Province("zuid-holland", "zuid_holland"),
            new Province("fryslan", "friesland"));

    /**
     * The full corpus would make a ~46 MB bundle (45k per-fractie results, 1500 PDFs), far too much to ship in the
     * repo, so by default only the most recent whole meetings are kept. {@code 0} means no limit.
     */
    record Limits(int provinceEntries, int tkMotions) {
        static final Limits SHIPPED = new Limits(160, 700);
        static final Limits NONE = new Limits(0, 0);
    }

    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        Limits limits = Limits.SHIPPED;
        for (String arg : args) {
            if (arg.startsWith("--max-province-entries=")) {
                limits = new Limits(Integer.parseInt(arg.substring(arg.indexOf('=') + 1)), limits.tkMotions());
            } else if (arg.startsWith("--max-tk-motions=")) {
                limits = new Limits(limits.provinceEntries(), Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
            } else {
                positional.add(arg);
            }
        }
        Path corpus = Path.of(positional.size() > 0 ? positional.get(0) : "/work/shared/corpus");
        Path out = Path.of(positional.size() > 1 ? positional.get(1) : "src/main/resources/demo");
        for (String line : new DemoBundleConverter().run(corpus, out, limits)) {
            System.out.println(line);
        }
    }

    /** Converts whatever sources exist under {@code corpus}; returns one summary line per bundle. */
    public List<String> run(Path corpus, Path out, Limits limits) {
        List<String> summaries = new ArrayList<>();
        for (Province province : PROVINCES) {
            Path source = corpus.resolve("wie-stemde-wat").resolve(province.dir() + ".json");
            if (Files.isRegularFile(source)) {
                Bundle bundle = new WieStemdeWatConverter(province, read(source), limits.provinceEntries()).convert();
                bundle.write(out);
                summaries.add(bundle.summary());
            }
        }
        Path tk = corpus.resolve("tk-motiematcher");
        if (Files.isRegularFile(tk.resolve("index.json"))) {
            Bundle bundle = new TweedeKamerConverter(tk, limits.tkMotions()).convert();
            bundle.write(out);
            summaries.add(bundle.summary());
        }
        return summaries;
    }

    static JsonNode read(Path path) {
        try {
            return Bundle.JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dutchDate(LocalDate date) {
        return DUTCH_DATE.format(date);
    }

    /** Cuts to the standard's maxLength on a word boundary; callers keep the full text elsewhere. */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).strip() + "…";
    }

    static String slug(String s) {
        String ascii = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Keeps ids within the standard's 40 characters while staying derived from the source id. */
    static String id(String prefix, String key) {
        String id = prefix + "-" + key;
        if (id.length() <= 40) {
            return id;
        }
        String hash = Integer.toHexString(key.hashCode());
        return id.substring(0, 40 - hash.length() - 1) + "-" + hash;
    }

    static ObjectNode descriptor(
            String name,
            String shortName,
            String classification,
            String code,
            String website,
            String license,
            String source) {
        ObjectNode root = Bundle.JSON.createObjectNode();
        ObjectNode body = root.putObject("body");
        body.put("name", name);
        body.put("shortName", shortName);
        body.put("classification", classification);
        body.put("code", code);
        body.put("website", website);
        body.put("license", license);
        root.put("source", source);
        root.put("generatedBy", GENERATED_BY);
        return root;
    }

    /** wie-stemde-wat: one file per Provinciale Staten with per-party vote counts. */
    static final class WieStemdeWatConverter {

        private static final Pattern NOTUBIZ_MEETING = Pattern.compile("/vergadering/(\\d+)");

        private final Province province;
        private final JsonNode data;
        private final Bundle bundle;
        private final boolean memberCounts;
        private final int maxEntries;

        WieStemdeWatConverter(Province province, JsonNode data, int maxEntries) {
            this.province = province;
            this.maxEntries = maxEntries;
            this.data = data;
            this.bundle = new Bundle(province.dir());
            // With "fractie" granularity a 1 means "the party voted for", not one seat, so counts would mislead.
            this.memberCounts =
                    "member".equals(data.path("meta").path("granularity").asString(""));
        }

        Bundle convert() {
            JsonNode meta = data.path("meta");
            String provinceName = meta.path("province").asString();
            bundle.descriptor(descriptor(
                    "Provinciale Staten van " + provinceName,
                    "PS " + provinceName,
                    "provincie",
                    province.enumValue(),
                    meta.path("source").asString(),
                    meta.path("license").asString(),
                    WSW_REPO + " data/" + province.dir() + ".json @ " + WSW_COMMIT));

            Map<String, String> fractieIds = new TreeMap<>();
            for (JsonNode party : data.path("parties")) {
                String slug = party.path("slug").asString();
                String id = id("fr", slug);
                fractieIds.put(slug, id);
                ObjectNode fractie = bundle.create("fracties", id);
                fractie.put("fractienaam", party.path("name").asString());
                fractie.put("provincie", province.enumValue());
            }

            Map<String, List<JsonNode>> meetings = new TreeMap<>();
            Map<String, LocalDate> meetingDates = new TreeMap<>();
            for (JsonNode entry : data.path("moties")) {
                String key = meetingKey(entry);
                meetings.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                LocalDate date = LocalDate.parse(entry.path("date").asString());
                meetingDates.merge(key, date, (a, b) -> a.isBefore(b) ? a : b);
            }
            List<String> keys = new ArrayList<>(meetings.keySet());
            keys.sort(Comparator.comparing((String k) -> meetingDates.get(k)).thenComparing(Comparator.naturalOrder()));
            if (maxEntries > 0) {
                // Whole meetings, newest first, so no kept meeting has a partial agenda.
                int kept = 0;
                int from = keys.size();
                while (from > 0 && kept < maxEntries) {
                    kept += meetings.get(keys.get(--from)).size();
                }
                keys = new ArrayList<>(keys.subList(from, keys.size()));
            }

            for (String key : keys) {
                LocalDate date = meetingDates.get(key);
                String vergaderingId = id("vg", key);
                ObjectNode vergadering = bundle.create("vergaderingen", vergaderingId);
                vergadering.put("naam", "Statenvergadering " + dutchDate(date));
                vergadering.put("vergaderingstype", "statenvergadering");
                vergadering.put("status", "gehouden");
                vergadering.put("vergaderdatum", date.toString());
                vergadering.put("provincie", province.enumValue());

                List<JsonNode> entries = new ArrayList<>(meetings.get(key));
                entries.sort(Comparator.comparingLong(
                                (JsonNode e) -> e.path("meetingItemId").asLong(0))
                        .thenComparingLong(e -> e.path("id").asLong()));
                int volgnummer = 0;
                for (JsonNode entry : entries) {
                    convertEntry(entry, vergaderingId, ++volgnummer, fractieIds);
                }
            }
            return bundle;
        }

        private static String meetingKey(JsonNode entry) {
            if (entry.hasNonNull("meetingId")) {
                return entry.path("meetingId").asString();
            }
            Matcher m = NOTUBIZ_MEETING.matcher(entry.path("source").asString(""));
            if (m.find()) {
                return m.group(1);
            }
            return entry.path("date").asString();
        }

        private void convertEntry(JsonNode entry, String vergaderingId, int volgnummer, Map<String, String> fracties) {
            String key = entry.path("id").asString();
            String title = entry.path("title").asString().strip();
            String source = entry.path("source").asString("");

            String agendapuntId = id("ap", key);
            ObjectNode agendapunt = bundle.create("agendapunten", agendapuntId);
            agendapunt.set("vergadering", bundle.ref("vergaderingen", vergaderingId));
            agendapunt.put("agendapuntTitel", truncate(title, 100));
            if (title.length() > 100) {
                agendapunt.put("agendapuntOmschrijving", title);
            }
            agendapunt.put("agendapuntvolgnummer", Integer.toString(volgnummer));
            agendapunt.put("indicatorBehandeld", true);
            agendapunt.put("provincie", province.enumValue());

            String informatieobjectId = id("io", key);
            ObjectNode io = bundle.create("informatieobjecten", informatieobjectId);
            io.put("titel", truncate(title, 200));
            if (title.length() > 200) {
                io.put("omschrijving", title);
            }
            io.put(
                    "informatieobjecttype",
                    informatieobjecttype(entry.path("type").asString("")));
            io.put("creatiedatum", entry.path("date").asString());
            io.put("provincie", province.enumValue());
            if (!source.isEmpty()) {
                io.put("toelichting", "Bron: " + source);
            }
            io.putArray("agendapunten").add(bundle.ref("agendapunten", agendapuntId));
            io.putArray("vergaderingen").add(bundle.ref("vergaderingen", vergaderingId));

            String besluitId = id("bs", key);
            ObjectNode besluit = bundle.create("besluiten", besluitId);
            besluit.put("besluitresultaat", entry.path("resultLabel").asString());

            String stemmingId = id("st", key);
            ObjectNode stemming = bundle.create("stemmingen", stemmingId);
            stemming.set("agendapunt", bundle.ref("agendapunten", agendapuntId));
            stemming.set("informatieobject", bundle.ref("informatieobjecten", informatieobjectId));
            stemming.set("besluit", bundle.ref("besluiten", besluitId));
            stemming.put("stemmingstype", "regulier");
            String resultaat = resultaat(entry.path("result").asString(""));
            if (resultaat != null) {
                stemming.put("resultaatMondelingeStemming", resultaat);
            }
            if (memberCounts) {
                int abstain = 0;
                for (JsonNode v : entry.path("votes").values()) {
                    abstain += v.path("abstain").asInt(0);
                }
                stemming.put("aantalVoor", entry.path("totals").path("agree").asInt());
                stemming.put(
                        "aantalTegen", entry.path("totals").path("disagree").asInt());
                stemming.put("aantalOnthouden", abstain);
            }

            // Sorted by party slug so the output does not depend on the source's map order.
            Map<String, JsonNode> votes = new TreeMap<>();
            entry.path("votes").properties().forEach(p -> votes.put(p.getKey(), p.getValue()));
            for (var vote : votes.entrySet()) {
                int agree = vote.getValue().path("agree").asInt(0);
                int disagree = vote.getValue().path("disagree").asInt(0);
                int abstain = vote.getValue().path("abstain").asInt(0);
                if (agree + disagree + abstain == 0) {
                    continue;
                }
                String fractieId = fracties.get(vote.getKey());
                if (fractieId == null) {
                    throw new IllegalStateException("vote by unknown party " + vote.getKey() + " in " + key);
                }
                ObjectNode result = bundle.create("stemresultatenperfractie", id("sr", key + "-" + vote.getKey()));
                result.set("fractie", bundle.ref("fracties", fractieId));
                result.set("stemming", bundle.ref("stemmingen", stemmingId));
                result.put("fractiestemresultaat", fractieStemresultaat(agree, disagree, abstain));
                if (memberCounts) {
                    result.put("aantalVoor", agree);
                    result.put("aantalTegen", disagree);
                    result.put("aantalOnthouden", abstain);
                }
            }
        }

        static String informatieobjecttype(String type) {
            return switch (type) {
                case "motie" -> "motie";
                case "amendement" -> "amendement";
                default -> "voorstel";
            };
        }

        static String resultaat(String result) {
            return switch (result) {
                case "accepted" -> "voor";
                case "rejected" -> "tegen";
                case "tie" -> "gelijk";
                default -> null;
            };
        }

        static String fractieStemresultaat(int agree, int disagree, int abstain) {
            if (agree > 0 && disagree == 0 && abstain == 0) {
                return "aangenomen";
            }
            if (disagree > 0 && agree == 0 && abstain == 0) {
                return "verworpen";
            }
            return "verdeeld";
        }
    }
}
