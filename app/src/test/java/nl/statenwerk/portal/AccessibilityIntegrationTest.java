package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.conformance.Conformance;
import nl.statenwerk.conformance.ConformanceFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FollowUpFixture;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every portal page type in real headless Chromium (Debian's chromium and chromedriver, never a download): axe-core
 * finds no WCAG 2.0/2.1/2.2 A or AA violation, the page says it is Dutch, and the keyboard reaches the content
 * through the skip link first. And the browser reports no violation of the Content-Security-Policy on any of them.
 */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
@Tag("browser")
class AccessibilityIntegrationTest {

    private static final List<String> TAGS = nl.statenwerk.Chromium.WCAG_22_AA;

    /**
     * Installed in every document before its own scripts: collects the page's CSP violations (a blocked inline style
     * or script, a worker, font or connection from elsewhere). A script that the test itself runs is not subject to
     * the page's policy.
     */
    private static final String CSP_LISTENER = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private static ChromeDriver browser;

    private static Object listener;

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    Accounts accounts;

    @Autowired
    Dossiers dossiers;

    @Autowired
    SignIn signIn;

    @Autowired
    SearchIndex index;

    String dossierToken;

    ApiFixture fixture;
    PortalFixture portal;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = nl.statenwerk.Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Autowired
    FollowUps followUps;

    @Autowired
    Conformance conformance;

    ConformanceFixture checked;

    @BeforeEach
    void seed() {
        portal = PortalFixture.seed(council, files, index);
        checked = ConformanceFixture.seed(council, files, conformance);
        fixture = portal.api();
        FollowUpFixture.seed(council, followUps, fixture.body(), "portal");
        UUID owner = accounts.create("Griffie", "griffie-" + UUID.randomUUID() + "@example.test", DigestPreference.NONE)
                .id();
        UUID dossier = dossiers.create(owner, "Fietsbeleid").id();
        dossiers.pin(owner, dossier, fixture.publicPaper(), "Zie de stemming");
        dossierToken = dossiers.publish(owner, dossier);
    }

    private List<String> pages() {
        return List.of(
                "/",
                "/vergaderingen",
                "/vergaderingen/" + fixture.meeting(),
                "/vergaderingen?weergave=maand&maand=2025-03",
                "/vergaderingen?weergave=maand",
                "/moties",
                "/moties?uitkomst=aangenomen&staten=" + fixture.body(),
                "/toezeggingen",
                "/toezeggingen?verlopen=ja",
                "/stukken/" + fixture.publicPaper(),
                "/personen/" + fixture.person(),
                "/fracties/" + fixture.fractie(),
                "/toegankelijkheid",
                "/inloggen",
                "/eerste-gebruik",
                "/toegankelijkheid/documenten",
                "/toegankelijkheid/documenten?profiel=pdf-ua&uitslag=",
                "/stukken/" + checked.untaggedPaper(),
                "/dossiers/" + dossierToken,
                "/stukken/" + fixture.secretPaper(),
                "/?lang=en",
                "/zoeken",
                "/zoeken?q=windmolens",
                "/zoeken?q=fietspaden&type=motie",
                "/zoeken?q=dijkversterking&pagina=2&sortering=datum",
                "/zoeken?q=windmolents",
                "/zoeken?q=" + "a".repeat(SearchQuery.MAX_LENGTH + 1),
                viewerPath(),
                "/stukken/" + fixture.publicPaper() + "/bestanden/" + fixture.publicFile(),
                "/bestaat/niet",
                PortalTestConfiguration.FAILING_PAGE);
    }

    private String viewerPath() {
        return "/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "?pagina=2";
    }

    private void open(String path) {
        browser.manage().logs().get(LogType.BROWSER); // forget the previous page's console
        // in the window in use now (axe opens and closes one of its own), once
        if (listener != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", listener));
        }
        listener = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER))
                .get("identifier");
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Neither the listener in the page nor the console saw a Content-Security-Policy violation. */
    private void assertNoCspViolation(String path) {
        Object seen = browser.executeScript("return window.cspViolations");
        assertThat(seen).as(path + ": the CSP listener is installed").isInstanceOf(List.class);
        assertThat((List<?>) seen).as(path + ": CSP violations").isEmpty();
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")))
                .as(path + ": CSP violations in the console")
                .isEmpty();
    }

    /** Back to the desktop and to Dutch (the language cookie would carry over to the next test). */
    @AfterEach
    void reset() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.manage().deleteAllCookies();
    }

    @Test
    void axeFindsNoWcag22AaViolationsOnAnyPageType() {
        for (String path : pages()) {
            open(path);
            if (path.equals(viewerPath())) {
                // the PDF is drawn by the script; check the page as a reader with JavaScript gets it
                awaitRendered(2);
            }
            Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
            assertThat(results.getViolations())
                    .as(path + ": " + describe(results.getViolations()))
                    .isEmpty();
            assertThat(results.getPasses()).as(path + ": axe ran its rules").isNotEmpty();
            assertNoCspViolation(path);
        }
    }

    /**
     * Signing in with the keyboard and a real browser: a member sets up the second factor, signs out and in again
     * with a code; every step's page passes axe. Chromium keeps the Secure session cookie on 127.0.0.1, as on any
     * https address.
     */
    @Test
    void aMemberSignsInWithASecondFactorThroughAccessiblePages() {
        var member = accounts.create("Mira Statenlid", "mira@flevoland.example", DigestPreference.NONE);
        accounts.grant(member.id(), Role.MEMBER);
        signIn.setPassword(member.id(), "een zin van minstens twaalf");

        open("/mijn");
        assertThat(browser.getCurrentUrl()).endsWith("/inloggen");
        typeAndSubmit(Map.of("email", "mira@flevoland.example", "password", "een zin van minstens twaalf"));
        assertThat(browser.getCurrentUrl()).endsWith("/inloggen/tweede-factor");
        assertNoViolations("/inloggen/tweede-factor");
        String secret = browser.findElement(By.id("secret")).getText();
        typeAndSubmit(Map.of("code", totp(secret, 0)));
        assertThat(browser.getCurrentUrl()).endsWith("/mijn");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Mira Statenlid", "Statenlid");
        assertNoViolations("/mijn");

        browser.findElement(By.cssSelector("form[action='/uitloggen'] button")).click();
        // the click only starts the form's submission: wait for the page it leads to
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/inloggen?uitgelogd"));
        typeAndSubmit(Map.of("email", "mira@flevoland.example", "password", "een zin van minstens twaalf"));
        assertThat(browser.getCurrentUrl()).endsWith("/inloggen/code");
        assertNoViolations("/inloggen/code");
        typeAndSubmit(Map.of("code", totp(secret, 1)));
        assertThat(browser.getCurrentUrl()).endsWith("/mijn");
    }

    /**
     * The griffie's screens for who may read what, and a geheim paper with its label as the griffie reads it: signed in
     * with a second factor in a real browser, every page passes axe and the strict CSP.
     */
    @Test
    void theGriffiesAccessScreensAndALabelledGeheimPaperAreAccessible() {
        var griffie = accounts.create("Gert Griffier", "gert@flevoland.example", DigestPreference.NONE);
        accounts.grant(griffie.id(), Role.GRIFFIE);
        signIn.setPassword(griffie.id(), "een zin van minstens twaalf");

        open("/mijn");
        typeAndSubmit(Map.of("email", "gert@flevoland.example", "password", "een zin van minstens twaalf"));
        String secret = browser.findElement(By.id("secret")).getText();
        typeAndSubmit(Map.of("code", totp(secret, 0)));
        assertThat(browser.getCurrentUrl()).endsWith("/mijn");

        for (String path : List.of(
                "/beheer/toegang/accounts",
                "/beheer/toegang/stukken/" + fixture.secretPaper(),
                "/stukken/" + fixture.secretPaper())) {
            open(path);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).doesNotContain("Er ging iets mis");
            assertNoViolations(path);
            assertNoCspViolation(path);
        }
        assertThat(browser.findElement(By.id("vertrouwelijkheid")).getText()).contains("Geheim");
    }

    /** Types into the fields and presses Enter in the last, then waits for the next page. */
    private void typeAndSubmit(Map<String, String> fields) {
        var old = browser.findElement(By.tagName("html"));
        String last = null;
        for (var field : new java.util.TreeMap<>(fields).entrySet()) {
            browser.findElement(By.id(field.getKey())).sendKeys(field.getValue());
            last = field.getKey();
        }
        browser.findElement(By.id(last)).sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("the page after signing in a step")
                .doesNotContain("Er ging iets mis");
    }

    private void assertNoViolations(String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        assertThat(results.getViolations())
                .as(what + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    /** The code an authenticator app shows now, or {@code ahead} steps later (a code is good once). */
    private static String totp(String base32, int ahead) {
        byte[] key = nl.statenwerk.identity.TestTotp.decode(base32);
        return nl.statenwerk.identity.TestTotp.code(key, java.time.Instant.now().plusSeconds(30L * ahead));
    }

    @Test
    void pagesAreInDutch() {
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        open("/stukken/" + fixture.publicPaper() + "?lang=nl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
        for (String path : List.of(
                "/", "/vergaderingen/" + fixture.meeting(), "/stukken/" + fixture.publicPaper(), "/toezeggingen")) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=nl");
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertThat(focused.getAttribute("href")).as(path).endsWith("#main");
            assertThat(focused.isDisplayed())
                    .as(path + ": skip link visible on focus")
                    .isTrue();
            focused.sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("id"))
                    .as(path)
                    .isEqualTo("main");
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement next = browser.switchTo().activeElement();
            assertThat(browser.findElement(By.id("main")).findElements(By.xpath(".//*")))
                    .as(path + ": the next Tab stays in the content")
                    .contains(next);
        }
    }

    @Test
    void theReasonsAPdfFailsOpenWithTheKeyboardAndHaveNoViolationsWhenOpen() {
        for (String path : List.of("/stukken/" + checked.untaggedPaper(), "/toegankelijkheid/documenten")) {
            open(path);
            List<WebElement> summaries = browser.findElements(By.cssSelector("#main details summary"));
            assertThat(summaries).as(path).isNotEmpty();
            for (WebElement summary : summaries) {
                summary.sendKeys(Keys.ENTER);
            }
            assertThat(browser.findElements(By.cssSelector("#main details:not([open])")))
                    .as(path + ": every list of reasons opened with Enter")
                    .isEmpty();
            assertThat(browser.findElement(By.id("main")).getText()).as(path).contains("Het document is niet getagd.");
            Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
            assertThat(results.getViolations())
                    .as(path + " with the reasons open: " + describe(results.getViolations()))
                    .isEmpty();
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void theKeyboardGoesThroughTheSearchFormThenTheResultsThenThePagesWithVisibleFocus() {
        open("/zoeken?q=dijkversterking");
        List<WebElement> order = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.getTagName().equals("body")) {
                break; // past the last link of the page
            }
            assertThat(hasVisibleFocus(focused))
                    .as("visible focus on " + focused.getTagName() + " " + focused.getText())
                    .isTrue();
            order.add(focused);
        }
        WebElement box = browser.findElement(By.id("q"));
        WebElement submit = browser.findElement(By.cssSelector("main button[type=submit]"));
        WebElement firstHit = browser.findElement(By.cssSelector(".statenwerk-result a"));
        WebElement nextPage = browser.findElement(By.cssSelector("a[rel=next]"));
        assertThat(order).contains(box, submit, firstHit, nextPage);
        assertThat(order.indexOf(box)).isLessThan(order.indexOf(submit));
        assertThat(order.indexOf(submit)).isLessThan(order.indexOf(firstHit));
        assertThat(order.indexOf(firstHit)).isLessThan(order.indexOf(nextPage));
        nextPage.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("pagina=2"));
    }

    @Test
    void theOverdueFilterOfTheCommitmentsWorksByKeyboardAloneWithVisibleFocus() {
        open("/toezeggingen?staten=" + fixture.body());
        WebElement box = browser.findElement(By.id("verlopen"));
        for (int i = 0; i < 40 && !browser.switchTo().activeElement().equals(box); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertThat(hasVisibleFocus(focused))
                    .as("visible focus on " + focused.getTagName() + " " + focused.getText())
                    .isTrue();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(box);
        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).isTrue();
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement submit = browser.switchTo().activeElement();
        assertThat(submit.getTagName()).isEqualTo("button");
        submit.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("verlopen=ja"));
        String results = browser.findElement(By.id("main")).getText();
        assertThat(results).contains("brief over stikstof").doesNotContain("over de N23");
    }

    @Test
    void autocompleteIsAComboboxThatTheArrowKeysAndEnterOperate() {
        open("/zoeken");
        WebElement box = browser.findElement(By.id("q"));
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        box.sendKeys("Motie over fiets");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> "true".equals(box.getAttribute("aria-expanded")));
        WebElement list = browser.findElement(By.id(box.getAttribute("aria-controls")));
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(list.findElements(By.cssSelector("[role=option]")))
                .extracting(WebElement::getText)
                .contains("Motie over fietspaden");
        assertThat(browser.findElement(By.cssSelector(".statenwerk-suggest [role=status]"))
                        .getAttribute("textContent"))
                .contains("suggesties");
        box.sendKeys(Keys.ARROW_DOWN);
        String active = box.getAttribute("aria-activedescendant");
        assertThat(active).isNotBlank();
        assertThat(browser.findElement(By.id(active)).getAttribute("aria-selected"))
                .isEqualTo("true");
        String chosen = browser.findElement(By.id(active)).getText();
        box.sendKeys(Keys.ENTER);
        assertThat(box.getAttribute("value")).isEqualTo(chosen);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.switchTo().activeElement()).isEqualTo(box);
        box.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/zoeken?q="));
        assertThat(browser.findElement(By.id("resultaten")).getText()).contains("\u2018" + chosen + "\u2019");
    }

    @Test
    void theViewerOpensThePdfAtThePageOfTheHitAndPagesWithTheButtons() {
        open(viewerPath());
        awaitRendered(2);
        WebElement viewer = browser.findElement(By.cssSelector("[data-pdf]"));
        assertThat(viewer.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Pagina 2 van 3");
        viewer.findElement(By.cssSelector("[data-action=next]")).click();
        awaitRendered(3);
        assertThat(viewer.findElement(By.cssSelector("[data-action=next]")).getAttribute("aria-disabled"))
                .isEqualTo("true");
        WebElement number = viewer.findElement(By.id("viewer-page"));
        number.clear();
        number.sendKeys("1", Keys.ENTER);
        awaitRendered(1);
        open("/stukken/" + portal.pdfPaper() + "/bestanden/" + portal.pdfFile() + "#page=3");
        awaitRendered(3);
        assertThat(browser.findElement(By.id("pagina-2")).getText()).contains(PortalFixture.PDF_PAGE_2);
        assertNoCspViolation("viewer");
    }

    @Test
    void withoutHorizontalScrollingAt320CssPixelsWhichIs1280At400PercentZoom() {
        emulate(320, 640, false);
        for (String path : List.of(
                "/",
                "/vergaderingen",
                "/vergaderingen/" + fixture.meeting(),
                "/vergaderingen?weergave=maand&maand=2025-03",
                "/moties",
                "/toezeggingen",
                "/stukken/" + fixture.publicPaper(),
                "/personen/" + fixture.person(),
                "/fracties/" + fixture.fractie(),
                "/zoeken?q=dijkversterking",
                "/zoeken?q=fietspaden",
                viewerPath(),
                "/toegankelijkheid/documenten",
                "/bestaat/niet")) {
            open(path);
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue())
                    .as(path + ": scrolls sideways at 320 CSS pixels")
                    .isLessThanOrEqualTo(0);
        }
    }

    /**
     * Screenshots for docs/screenshots, made here so that they show the portal as it is. The fixture's data makes
     * them stable except for what depends on the day (upcoming meetings); search sorts by date, as hits of equal
     * relevance come in the order they were indexed.
     */
    @Test
    void writesScreenshotsOfTheMainPagesAtPhoneAndDesktopWidth() throws IOException {
        Path dir = Path.of("..", "docs", "screenshots");
        Files.createDirectories(dir);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("meeting", "/vergaderingen/" + fixture.meeting());
        pages.put("paper", "/stukken/" + fixture.publicPaper());
        pages.put("search", "/zoeken?q=dijkversterking&sortering=datum");
        pages.put("viewer", viewerPath());
        for (var width : List.of(List.of("phone", 390, 844), List.of("desktop", 1280, 900))) {
            emulate((Integer) width.get(1), (Integer) width.get(2), width.get(0).equals("phone"));
            for (var page : pages.entrySet()) {
                open(page.getValue());
                if (page.getKey().equals("viewer")) {
                    awaitRendered(2);
                }
                Object shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                        .get("data");
                byte[] png = Base64.getDecoder().decode((String) shot);
                Path file = dir.resolve(page.getKey() + "-" + width.get(0) + ".png");
                Files.write(file, png);
                assertThat(png.length).as(file.toString()).isGreaterThan(1000);
            }
        }
    }

    private void emulate(int width, int height, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private void awaitRendered(int page) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> String.valueOf(page)
                        .equals(d.findElement(By.cssSelector("[data-pdf]")).getAttribute("data-rendered")));
    }

    /** An outline or a box shadow around the focused element, as portal.css draws for :focus-visible. */
    private boolean hasVisibleFocus(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String shadow = element.getCssValue("box-shadow");
        return (!outline.equals("none") && !element.getCssValue("outline-width").equals("0px"))
                || (shadow != null && !shadow.equals("none"));
    }
}
