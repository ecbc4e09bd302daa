package nl.statenwerk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An ODS-ORI bundle of papers of Flevoland, written anew for each import: a paper added again with other fields is the
 * same paper changed at its source (same url), so re-importing it updates it.
 */
public final class PaperBundle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each bundle has urls of its own, so tests sharing a database never see each other's papers. */
    private final String base = "https://ori.test.invalid/" + UUID.randomUUID() + "/";

    private final Map<String, Map<String, Object>> papers = new LinkedHashMap<>();

    /** The paper's url at its source, which becomes its {@code sourceId}. */
    public String sourceId(String id) {
        return base + "informatieobjecten/" + id;
    }

    /**
     * Adds or changes a paper.
     *
     * @param confidentiality a vertrouwelijkheidsaanduiding; {@code null} for public
     */
    public PaperBundle paper(String id, String title, String type, String date, @Nullable String confidentiality) {
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("url", sourceId(id));
        paper.put("id", id);
        paper.put("titel", title);
        paper.put("informatieobjecttype", type);
        paper.put("creatiedatum", date);
        paper.put("omschrijving", title + ".");
        paper.put("provincie", "flevoland");
        if (confidentiality != null) {
            paper.put("vertrouwelijkheidsaanduiding", confidentiality);
        }
        papers.put(id, paper);
        return this;
    }

    /** Writes the bundle as it is now into a new folder, for {@code Importer.importFrom}. */
    public String write() throws IOException {
        Path dir = Files.createTempDirectory("paper-bundle");
        Files.write(dir.resolve("informatieobjecten.json"), JSON.writeValueAsBytes(papers.values()));
        return dir.toString();
    }

    /** Waits until the condition holds (the index follows the database after commit), at most a minute. */
    public static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within a minute");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
