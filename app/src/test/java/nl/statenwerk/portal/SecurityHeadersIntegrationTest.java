package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every page type, and the APIs, feeds and static files beside them, answers with the security headers and the strict
 * Content-Security-Policy; and no page carries what that policy would block: an inline script, a style element or
 * attribute, or an event handler attribute.
 */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
class SecurityHeadersIntegrationTest {

    /** An opening tag with an attribute that the policy blocks; the fixture's escaped script text does not match. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)[^>]*>|<style[\\s>]|<[a-z][a-z0-9-]*\\s[^>]*?(?<=\\s)(style|on[a-z]+)\\s*=",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    SearchIndex index;

    ApiFixture fixture;
    PortalFixture portal;
    PortalClient client;

    @BeforeEach
    void seed() {
        portal = PortalFixture.seed(council, files, index);
        fixture = portal.api();
        client = new PortalClient(port);
    }

    private List<String> pages() {
        return List.of(
                "/",
                "/?lang=en",
                "/vergaderingen",
                "/vergaderingen/" + fixture.meeting(),
                "/stukken/" + fixture.publicPaper(),
                "/stukken/" + portal.scriptPaper(),
                "/personen/" + fixture.person(),
                "/fracties/" + fixture.fractie(),
                "/zoeken",
                "/zoeken?q=windmolens",
                "/zoeken?q=fietspaden&type=motie",
                "/toegankelijkheid",
                "/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "?pagina=2",
                "/stukken/" + fixture.secretPaper(),
                "/bestaat/niet",
                PortalTestConfiguration.FAILING_PAGE);
    }

    @Test
    void everyPageTypeHasTheStrictContentSecurityPolicyAndTheSecurityHeaders() {
        for (String path : pages()) {
            assertSecurityHeaders(path, client.get(path, "Accept", "text/html"));
        }
    }

    @Test
    void apisFeedsAndStaticFilesHaveTheHeadersTooAndStillWork() {
        PortalClient.Page search = client.get("/api/search?q=fietspaden");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.header("Content-Type")).startsWith("application/json");
        assertSecurityHeaders("/api/search", search);
        PortalClient.Page feed = client.get("/stukken.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed");
        assertSecurityHeaders("/stukken.atom", feed);
        PortalClient.Page script = client.get("/js/viewer.js");
        assertThat(script.status()).isEqualTo(200);
        assertSecurityHeaders("/js/viewer.js", script);
        assertThat(client.get("/oparl/v1/system").status()).isEqualTo(200);
    }

    @Test
    void noPageHasAnInlineScriptStyleOrEventHandler() {
        for (String path : pages()) {
            String body = client.get(path, "Accept", "text/html").body(); // as a browser asks, for the error pages
            assertThat(body).as(path).contains("<html");
            List<String> inline = new ArrayList<>();
            Matcher m = INLINE.matcher(body);
            while (m.find()) {
                inline.add(m.group());
            }
            assertThat(inline)
                    .as(path + ": blocked by the content security policy")
                    .isEmpty();
        }
    }

    @Test
    void theScanFindsWhatThePolicyWouldBlock() {
        for (String html : List.of(
                "<script>alert(1)</script>",
                "<style>p{}</style>",
                "<span class=\"a\" style=\"inline-size: 5%\">",
                "<button type=\"button\" onclick=\"go()\">",
                "<div\nstyle=\"color: red\">")) {
            assertThat(INLINE.matcher(html).find()).as(html).isTrue();
        }
        for (String html : List.of(
                "<script type=\"module\" src=\"/js/suggest.js\"></script>",
                "&lt;script&gt;alert('xss')&lt;/script&gt;",
                "<rect class=\"statenwerk-chart__yes\" width=\"50%\" height=\"100%\">",
                "<p class=\"utrecht-paragraph\">style=\"x\" in text</p>")) {
            assertThat(INLINE.matcher(html).find()).as(html).isFalse();
        }
    }

    private static void assertSecurityHeaders(String path, PortalClient.Page page) {
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).as(path).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(csp)
                .as(path)
                .doesNotContain("unsafe-inline")
                .doesNotContain("'unsafe-eval'")
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).as(path).contains("camera=()");
        assertThat(page.header("Cross-Origin-Opener-Policy")).as(path).isEqualTo("same-origin");
        // over plain http, as here, a browser ignores HSTS; SecurityHeadersTest shows it over https
        assertThat(page.header("Strict-Transport-Security")).as(path).isEmpty();
    }
}
