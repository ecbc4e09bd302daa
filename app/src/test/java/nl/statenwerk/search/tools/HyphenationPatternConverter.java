package nl.statenwerk.search.tools;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Converts a libhyphen pattern file (Debian's {@code hyphen-nl}: {@code /usr/share/hyphen/hyph_nl_NL.dic}) to the XML
 * format of Lucene's {@code HyphenationTree}, so that the application ships the patterns instead of depending on a
 * system file. Run once, from the repository root:
 *
 * <pre>java app/src/test/java/nl/statenwerk/search/tools/HyphenationPatternConverter.java \
 *     /usr/share/hyphen/hyph_nl_NL.dic app/src/main/resources/search/hyph_nl.xml</pre>
 *
 * Patterns with libhyphen's non-standard extensions ({@code /}, used for discretionary changes) are left out: Lucene
 * has no notation for them, and they only matter for typesetting.
 */
public final class HyphenationPatternConverter {

    private HyphenationPatternConverter() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "/usr/share/hyphen/hyph_nl_NL.dic");
        Path target = Path.of(args.length > 1 ? args[1] : "app/src/main/resources/search/hyph_nl.xml");
        List<String> lines = Files.readAllLines(source, StandardCharsets.ISO_8859_1);
        Charset charset = Charset.forName(lines.getFirst().trim());
        lines = Files.readAllLines(source, charset);
        List<String> patterns = new ArrayList<>();
        TreeSet<Integer> letters = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String pattern = line.trim();
            if (pattern.isEmpty() || pattern.startsWith("%") || pattern.contains("/") || pattern.matches("[A-Z]+.*")) {
                continue;
            }
            patterns.add(pattern);
            pattern.codePoints().filter(Character::isLetter).forEach(letters::add);
        }
        StringBuilder classes = new StringBuilder();
        for (int letter : letters) {
            String lower = Character.toString(letter);
            String upper = lower.toUpperCase(Locale.ROOT);
            classes.append(lower)
                    .append(upper.equals(lower) || upper.length() > 1 ? "" : upper)
                    .append('\n');
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!--
                  Dutch hyphenation patterns for Lucene's HyphenationCompoundWordTokenFilter, converted by
                  nl.statenwerk.search.tools.HyphenationPatternConverter from Debian's hyphen-nl (hyph_nl_NL.dic,
                  from libreoffice-dictionaries dictionaries/nl_NL).
                  Copyright: 1996 Nederlandstalige Tex Gebruikersgroep; 2001-2005 Simon Brouwer e.a.; 2006-2010 OpenTaal.
                  Licence: BSD-2-clause or CC-BY-3.0 (we use it under BSD-2-clause; see hyph_nl.LICENSE).
                -->
                <hyphenation-info>
                <hyphen-min before="2" after="2"/>
                <classes>
                %s</classes>
                <patterns>
                %s
                </patterns>
                </hyphenation-info>
                """.formatted(classes, String.join("\n", patterns));
        Files.writeString(target, xml, StandardCharsets.UTF_8);
        System.out.println(patterns.size() + " patterns, " + letters.size() + " letters -> " + target);
    }
}
