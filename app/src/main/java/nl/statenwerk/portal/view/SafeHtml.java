package nl.statenwerk.portal.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A search snippet as HTML: the search index's passage, in which only {@code <mark>} and {@code </mark>} are markup.
 * The index escapes the rest; this class escapes any other {@code <} or {@code >} again, so that an engine that breaks
 * that promise (a new one is coming) still cannot put markup into a page.
 */
public final class SafeHtml implements Content {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    /** The snippet with every {@code <} and {@code >} that is not part of {@code <mark>} or {@code </mark>} escaped. */
    public static SafeHtml snippet(String snippet) {
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        int open = 0;
        int i = 0;
        while (i < snippet.length()) {
            if (snippet.startsWith(OPEN, i)) {
                out.append(OPEN);
                open++;
                i += OPEN.length();
            } else if (snippet.startsWith(CLOSE, i) && open > 0) {
                out.append(CLOSE);
                open--;
                i += CLOSE.length();
            } else {
                char c = snippet.charAt(i++);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    default -> out.append(c);
                }
            }
        }
        out.append(CLOSE.repeat(open));
        return new SafeHtml(out.toString());
    }

    public String html() {
        return html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
