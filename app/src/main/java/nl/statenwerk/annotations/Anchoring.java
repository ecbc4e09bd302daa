package nl.statenwerk.annotations;

import java.util.List;
import java.util.Optional;
import nl.statenwerk.files.FilePage;
import org.jspecify.annotations.Nullable;

/**
 * Finds a quote in a file's page texts, the way a W3C TextQuoteSelector is resolved: every occurrence of the exact text
 * is a candidate, and the one whose surroundings match most of the prefix and suffix wins; on a tie the one nearest the
 * old position. White space is ignored in the comparison, because a PDF's text in the browser (PDF.js) and on the
 * server (PDFBox) break lines and join words differently, and a new version of a file often reflows.
 */
public final class Anchoring {

    private Anchoring() {}

    /**
     * Where the quote is in these pages, if it is anywhere.
     *
     * @param hint where it was before (in an earlier version, or where the reader selected it), to choose between
     *     occurrences whose context matches equally well
     */
    public static Optional<TextPosition> locate(List<FilePage> pages, Quote quote, @Nullable TextPosition hint) {
        String exact = strip(quote.exact()).text();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        String prefix = strip(quote.prefix()).text();
        String suffix = strip(quote.suffix()).text();
        Candidate best = null;
        for (FilePage page : pages) {
            Stripped text = strip(page.text());
            for (int at = text.text().indexOf(exact); at >= 0; at = text.text().indexOf(exact, at + 1)) {
                int context = commonSuffix(prefix, text.text().substring(0, at))
                        + commonPrefix(suffix, text.text().substring(at + exact.length()));
                int start = text.original(at);
                int end = text.original(at + exact.length() - 1) + 1;
                Candidate candidate = new Candidate(
                        new TextPosition(page.pageNumber(), start, end), context, distance(hint, page, start));
                if (best == null || candidate.betterThan(best)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best).map(Candidate::position);
    }

    private record Candidate(TextPosition position, int context, long distance) {

        boolean betterThan(Candidate other) {
            return context != other.context ? context > other.context : distance < other.distance;
        }
    }

    /** How far from the old position: pages weigh more than any offset within a page. */
    private static long distance(@Nullable TextPosition hint, FilePage page, int start) {
        if (hint == null) {
            return 0;
        }
        return Math.abs(page.pageNumber() - hint.page()) * 1_000_000L + Math.abs(start - hint.start());
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** A text without its white space, with the offset in the original text of each character kept. */
    private record Stripped(String text, int[] offsets) {

        int original(int at) {
            return offsets[at];
        }
    }

    private static Stripped strip(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int[] offsets = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // soft hyphens and zero-width characters come and go with the layout, as white space does
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u00ad' && c != '\u200b') {
                offsets[kept.length()] = i;
                kept.append(c);
            }
        }
        return new Stripped(kept.toString(), offsets);
    }
}
