package nl.statenwerk.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.statenwerk.council.PaperType;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which Woo information category each kind of paper falls in. What reaches the Staten from outside, GS's letters and
 * answers included, is an ingekomen stuk (art. 3.3 lid 2 sub a); everything else of the stukkenstroom is a
 * vergaderstuk of the Staten (sub c). Papers of type OTHER go to the vergaderstukken: they came to the Staten's own
 * information system, and the source did not say they were ingekomen.
 */
final class Categories {

    static final String INGEKOMEN_STUKKEN = "infocat006";
    static final String VERGADERSTUKKEN = "infocat008";

    private final Map<String, InformationCategory> byCode;
    private final Map<PaperType, InformationCategory> byType = new EnumMap<>(PaperType.class);

    Categories() {
        byCode = load();
        for (PaperType type : PaperType.values()) {
            byType.put(type, byCode.get(received(type) ? INGEKOMEN_STUKKEN : VERGADERSTUKKEN));
        }
    }

    /** Whether a paper of this type is received by the Staten rather than made in their meetings. */
    static boolean received(PaperType type) {
        return switch (type) {
            case INGEKOMEN_STUK, ANTWOORD, MEDEDELING -> true;
            default -> false;
        };
    }

    InformationCategory of(PaperType type) {
        return byType.get(type);
    }

    Optional<InformationCategory> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The categories papers can fall in, in the order of the Woo. */
    List<InformationCategory> used() {
        return byCode.values().stream().filter(byType::containsValue).toList();
    }

    /** The paper types of a category, as stored ({@link PaperType#name()}). */
    List<String> types(InformationCategory category) {
        List<String> types = new ArrayList<>();
        byType.forEach((type, c) -> {
            if (c.equals(category)) {
                types.add(type.name());
            }
        });
        return types;
    }

    private static Map<String, InformationCategory> load() {
        try (InputStream in = new ClassPathResource("standards/woo/informatiecategorieen.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, InformationCategory> categories = new LinkedHashMap<>();
            for (JsonNode c : root.path("categories")) {
                String code = c.path("sitemapCode").asText();
                categories.put(
                        code,
                        new InformationCategory(
                                code,
                                c.path("tooiUri").asText(),
                                c.path("label").asText()));
            }
            return categories;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
