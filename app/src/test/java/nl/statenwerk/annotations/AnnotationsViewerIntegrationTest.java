package nl.statenwerk.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.Chromium;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A member highlights text in the document viewer in real headless Chromium, with a note, finds it again after a
 * reload, and the page with the annotations panel passes axe and the strict CSP.
 */
@StatenwerkTest
class AnnotationsViewerIntegrationTest {

    private static final String SENTENCE = "Het college stelt voor om 12 miljoen euro te investeren in de dijk.";

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberHighlightsTextWithANoteAndFindsItAfterAReload() throws Exception {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID fractie = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID person = factory.person(body, "Ria Groen");
        factory.membership(person, fractie, body, LocalDate.now().minusYears(1), null);
        UUID paper = council.save(
                        Paper.written(body, "Statenvoorstel dijk", null, null, PaperType.OTHER, null, null), null)
                .id();
        StoredContent content = files.store(
                new ByteArrayInputStream(AnnotationsIntegrationTest.pdf("Inleiding", SENTENCE)),
                "application/pdf",
                "voorstel.pdf");
        UUID file = files.save(
                        StoredFile.of(
                                body,
                                "bron:" + UUID.randomUUID(),
                                "Voorstel",
                                "voorstel.pdf",
                                "application/pdf",
                                content),
                        null)
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, file, PaperFile.Role.MAIN, 0)));
        assertThat(files.awaitExtraction(List.of(file), Duration.ofSeconds(30))).isTrue();

        TestBrowser member = TestBrowser.signedIn(context, port, Role.MEMBER, person);
        browser = Chromium.start();
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/toegankelijkheid");
        browser.manage()
                .addCookie(new Cookie.Builder("statenwerk-sessie", member.cookie("statenwerk-sessie"))
                        .path("/")
                        .build());
        String viewer = base + "/stukken/" + paper + "/bestanden/" + file + "?pagina=2";
        browser.get(viewer);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.cssSelector("[data-annotations]")).isDisplayed());
        wait.until(d ->
                d.findElement(By.cssSelector("[data-text-layer]")).getText().contains("12 miljoen"));

        Object selected = browser.executeScript("""
                const layer = document.querySelector("[data-text-layer]");
                const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const i = n.data.indexOf("12 miljoen euro");
                  if (i >= 0) {
                    const range = document.createRange();
                    range.setStart(n, i);
                    range.setEnd(n, i + "12 miljoen euro".length);
                    getSelection().removeAllRanges();
                    getSelection().addRange(range);
                    return true;
                  }
                }
                return false;
                """);
        assertThat(selected).isEqualTo(true);
        wait.until(d -> d.findElement(By.cssSelector("[data-annotation-form]")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("[data-selected]")).getText())
                .isEqualTo("12 miljoen euro");
        browser.findElement(By.id("annotation-note")).sendKeys("Te veel? <script>alert(1)</script>");
        browser.findElement(By.cssSelector("[data-annotation-form] button[type=submit]"))
                .click();
        wait.until(d -> d.findElement(By.cssSelector("[data-annotation-list]"))
                .getText()
                .contains("Te veel?"));

        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.cssSelector("[data-annotation-list]"))
                .getText()
                .contains("Te veel?"));
        String listed =
                browser.findElement(By.cssSelector("[data-annotation-list]")).getText();
        assertThat(listed).contains("12 miljoen euro", "pagina 2", "Te veel? <script>alert(1)</script>");
        assertThat(browser.findElements(By.cssSelector("[data-annotation-list] script")))
                .isEmpty();
        wait.until(
                d -> !d.findElements(By.cssSelector(".statenwerk-viewer__mark")).isEmpty());
        // the list leads to the page by keyboard too: a link per note
        assertThat(browser.findElement(By.cssSelector("[data-annotation-list] a"))
                        .getAttribute("href"))
                .endsWith("#page=2");

        assertThat(Chromium.violations(browser))
                .as(() -> Chromium.describe(Chromium.violations(browser)))
                .isEmpty();
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }
}
