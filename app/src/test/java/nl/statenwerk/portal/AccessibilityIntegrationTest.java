package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every portal page type in real headless Chromium (Debian's chromium and chromedriver, never a download): axe-core
 * finds no WCAG 2.0/2.1/2.2 A or AA violation, the page says it is Dutch, and the keyboard reaches the content
 * through the skip link first.
 */
@StatenwerkTest
@Tag("browser")
class AccessibilityIntegrationTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

    private static ChromeDriver browser;

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

    ApiFixture fixture;
    String dossierToken;

    @BeforeAll
    static void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024",
                "--user-data-dir="
                        + Files.createTempDirectory("statenwerk-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void seed() {
        fixture = ApiFixture.seed(council, files);
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
                "/stukken/" + fixture.publicPaper(),
                "/personen/" + fixture.person(),
                "/fracties/" + fixture.fractie(),
                "/toegankelijkheid",
                "/dossiers/" + dossierToken,
                "/stukken/" + fixture.secretPaper(),
                "/?lang=en");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    @Test
    void axeFindsNoWcag22AaViolationsOnAnyPageType() {
        for (String path : pages()) {
            open(path);
            Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
            assertThat(results.getViolations())
                    .as(path + ": " + describe(results.getViolations()))
                    .isEmpty();
            assertThat(results.getPasses()).as(path + ": axe ran its rules").isNotEmpty();
        }
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
        for (String path : List.of("/", "/vergaderingen/" + fixture.meeting(), "/stukken/" + fixture.publicPaper())) {
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

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
