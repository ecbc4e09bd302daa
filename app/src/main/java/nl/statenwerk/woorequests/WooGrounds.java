package nl.statenwerk.woorequests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Woo grounds for withholding (weigeringsgronden, Woo art. 5.1 and 5.2) by code, from {@code
 * standards/woo-verzoeken/weigeringsgronden.json} (see the PROVENANCE.md beside it).
 */
final class WooGrounds {

    private final Map<String, String> descriptions;

    private WooGrounds(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    static WooGrounds load() {
        try (InputStream in = WooGrounds.class.getResourceAsStream("/standards/woo-verzoeken/weigeringsgronden.json")) {
            if (in == null) {
                throw new IllegalStateException("standards/woo-verzoeken/weigeringsgronden.json is missing");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, String> descriptions = new LinkedHashMap<>();
            for (JsonNode ground : root.get("gronden")) {
                descriptions.put(
                        ground.get("code").asString(),
                        "Woo art. " + ground.get("artikel").asString() + ": "
                                + ground.get("omschrijving").asString());
            }
            return new WooGrounds(descriptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isKnown(String code) {
        return descriptions.containsKey(code);
    }

    /** The article and what it protects, e.g. for the inventory's legend. */
    String describe(String code) {
        return descriptions.getOrDefault(code, code);
    }
}
