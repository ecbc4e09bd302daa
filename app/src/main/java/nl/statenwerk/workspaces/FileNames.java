package nl.statenwerk.workspaces;

import java.text.Normalizer;
import java.util.Locale;

/** File names as users send them, made safe to show and to offer for download; never used as a path on disk. */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /**
     * Drops any path (both kinds of slash), control and format characters (among them the right-to-left override
     * that makes {@code fdp.exe} look like {@code exe.pdf}), leading dots and surrounding space, and shortens a long
     * name, keeping its extension. What is left empty becomes {@code bestand}.
     */
    public static String sanitize(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder kept = new StringBuilder(n.length());
        n.codePoints()
                .filter(c -> {
                    int type = Character.getType(c);
                    return type != Character.CONTROL
                            && type != Character.FORMAT
                            && type != Character.LINE_SEPARATOR
                            && type != Character.PARAGRAPH_SEPARATOR
                            && type != Character.PRIVATE_USE
                            && type != Character.UNASSIGNED
                            && type != Character.SURROGATE;
                })
                .forEach(kept::appendCodePoint);
        n = kept.toString().strip();
        while (n.startsWith(".")) {
            n = n.substring(1).strip();
        }
        if (n.codePointCount(0, n.length()) > MAX_LENGTH) {
            int dot = n.lastIndexOf('.');
            String extension = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            String base = n.substring(0, n.length() - extension.length());
            base = base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH - extension.length()))
                    .strip();
            n = base + extension;
        }
        return n.isEmpty() ? "bestand" : n;
    }

    /** Lower case without diacritics, for search that finds {@code Begroting} with {@code begroting} and é with e. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed
                .codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
