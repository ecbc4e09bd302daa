package nl.statenwerk.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.Chromium;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The workspace pages in real headless Chromium: axe-core finds no WCAG 2.2 AA violation on the overview, a workspace
 * with a folder, documents and the bin, and a document with versions and sharing; and a plain form uploads a file with
 * the browser's own file field, without JavaScript.
 */
@StatenwerkTest
class WorkspacePagesInChromiumIntegrationTest {

    static ChromeDriver browser;

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    Workspaces workspaces;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theWorkspacePagesHaveNoWcag22AaViolationsAndUploadWithAPlainForm() throws IOException {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID fractie = factory.organization(body, "Fractie Polderpartij", OrganizationClassification.FRACTIE);
        factory.organization(body, "Commissie Bestuur", OrganizationClassification.COMMISSIE);
        UUID person = factory.person(body, "Anna de Vries");
        factory.membership(person, fractie, body, LocalDate.of(2023, 3, 29), null);
        TestBrowser member = TestBrowser.signedIn(context, port, Role.MEMBER, person);
        UUID workspace = workspaces.all().stream()
                .filter(w -> fractie.equals(w.organizationId()))
                .findFirst()
                .orElseThrow()
                .id();
        var viewer = context.getBean(nl.statenwerk.access.Viewers.class).of(member.account());
        workspaces.createFolder(viewer, workspace, null, "Begroting 2027");
        UUID document = workspaces.upload(
                viewer,
                workspace,
                null,
                "motie-dijken.txt",
                "text/plain",
                new java.io.ByteArrayInputStream("Motie".getBytes(StandardCharsets.UTF_8)));
        workspaces.addVersion(
                viewer,
                document,
                "motie-dijken.txt",
                "text/plain",
                new java.io.ByteArrayInputStream("Motie, tweede versie".getBytes(StandardCharsets.UTF_8)));
        UUID old = workspaces.upload(
                viewer,
                workspace,
                null,
                "oud.txt",
                "text/plain",
                new java.io.ByteArrayInputStream("weg".getBytes(StandardCharsets.UTF_8)));
        workspaces.delete(viewer, old);

        // the member's session, handed to Chromium
        browser.get("http://127.0.0.1:" + port + "/");
        browser.manage()
                .addCookie(new Cookie.Builder("statenwerk-sessie", member.cookie("statenwerk-sessie"))
                        .path("/")
                        .isHttpOnly(true)
                        .build());

        for (String path : new String[] {
            "/werkruimtes", "/werkruimtes?q=motie", "/werkruimtes/" + workspace, "/werkruimtes/documenten/" + document
        }) {
            browser.get("http://127.0.0.1:" + port + path);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).doesNotContain("niet gevonden");
            var violations = Chromium.violations(browser);
            assertThat(violations)
                    .as(path + ": " + Chromium.describe(violations))
                    .isEmpty();
        }

        java.nio.file.Path file = java.nio.file.Files.createTempFile("agenda", ".txt");
        java.nio.file.Files.writeString(file, "Agenda van het fractieoverleg");
        browser.get("http://127.0.0.1:" + port + "/werkruimtes/" + workspace);
        browser.findElement(By.id("bestand")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains(file.getFileName().toString()));
        assertThat(browser.getCurrentUrl()).endsWith("/werkruimtes/" + workspace);
        assertThat(workspaces.listing(viewer, workspace, null).orElseThrow().items())
                .extracting(e -> e.item().name())
                .contains(file.getFileName().toString());
    }
}
