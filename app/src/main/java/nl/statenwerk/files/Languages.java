package nl.statenwerk.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Guesses a text's language from its most frequent function words. Tika's language detector is not served by the
 * Maven repository this project builds from, and council documents come in few languages (Dutch, Frisian, English,
 * German), whose function words tell them apart reliably on a page of text.
 */
final class Languages {

    private static final int SAMPLE = 20_000;
    private static final int MINIMUM_HITS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "nl",
                    Set.of(
                            "de", "het", "een", "en", "van", "in", "op", "dat", "is", "met", "voor", "niet", "zijn",
                            "aan", "ook", "als", "bij", "door", "wordt", "worden", "naar", "om", "tot", "over", "deze"),
            "fy",
                    Set.of(
                            "it", "fan", "en", "yn", "op", "dat", "is", "mei", "foar", "net", "binne", "ek", "troch",
                            "wurdt", "oer", "dizze", "hat", "sil", "wy", "jo"),
            "en",
                    Set.of(
                            "the", "of", "and", "to", "in", "is", "that", "for", "with", "on", "are", "as", "by",
                            "this", "be", "or", "from", "at", "which", "it"),
            "de",
                    Set.of(
                            "der", "die", "und", "das", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist",
                            "im", "nicht", "ein", "eine", "werden", "dem", "wird"));

    private Languages() {}

    /** An ISO 639-1 code, or {@code null} when the text is too short or too mixed to tell. */
    static @Nullable String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Map<String, Integer> hits = new java.util.HashMap<>();
        var matcher = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= MINIMUM_HITS)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
