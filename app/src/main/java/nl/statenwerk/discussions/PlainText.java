package nl.statenwerk.discussions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A post's text cut into pieces for a template that escapes each: plain text, and web addresses that become links.
 * Only {@code http} and {@code https} addresses are links, so a {@code javascript:} or {@code data:} address stays
 * text; no markup of the poster ever reaches a page as markup.
 */
public final class PlainText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

    /** A piece of text; {@code href} is set when it is a link, and is then the same as the text. */
    public record Segment(String text, @Nullable String href) {}

    private PlainText() {}

    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            // punctuation that ends a sentence is rarely part of the address
            int end = url.length();
            while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (m.start() > at) {
                segments.add(new Segment(text.substring(at, m.start()), null));
            }
            segments.add(new Segment(url, url));
            at = m.start() + url.length();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
