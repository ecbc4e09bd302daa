package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vendored NL Design System CSS keeps only the rules the templates use (frontend/build.sh): a template that
 * starts using another component class must not go unstyled, and every page stays under its CSS budget.
 */
class PortalStylesTest {

    private static final Path CSS = Path.of("src/main/resources/static/vendor/utrecht/utrecht.css");
    private static final Pattern CLASS = Pattern.compile("utrecht-[a-z0-9_-]+");

    @Test
    void everyLibraryClassATemplateUsesIsInTheVendoredCss() throws IOException {
        Set<String> library = new TreeSet<>(Files.readAllLines(Path.of("../frontend/utrecht-classes.txt")));
        Set<String> vendored = classes(Files.readString(CSS), Pattern.compile("\\.(utrecht-[a-z0-9_-]+)"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/jte")), Files.walk(Path.of("src/main/resources/static")))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".jte") || f.toString().endsWith(".js"))
                    .toList()) {
                used.addAll(classes(Files.readString(file), CLASS));
            }
        }
        used.retainAll(library);
        assertThat(used).isNotEmpty();
        assertThat(vendored)
                .as("rerun frontend/build.sh after changing templates")
                .containsAll(used);
    }

    @Test
    void theStylesheetsAndScriptsOfAPageStayUnderTheBudget() throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/static"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                // the PDF viewer is outside the budget, as the issue says; so is Automerge, which only the draft
                // editor loads, and only with JavaScript (the page works as a form without it)
                boolean viewer = name.contains("/vendor/pdfjs/")
                        || name.endsWith("/viewer.js")
                        || name.contains("/vendor/automerge-");
                if (!viewer && (name.endsWith(".css") || name.endsWith(".js"))) {
                    bytes += Files.size(file);
                }
            }
        }
        // 100 KB of CSS and JavaScript per page, uncompressed; every page loads at most all of these
        assertThat(bytes).isLessThan(100_000);
    }

    private static Set<String> classes(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
