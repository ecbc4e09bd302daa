package nl.statenwerk.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.Chromium;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The acceptance test of co-editing: two members of different fracties, each in a Chromium of their own, type in the
 * same draft at the same time at different places, round after round; both editors and a fresh load end with the same
 * text, which holds every fragment either typed. Waits are bounded and wait for a condition, never a fixed time.
 */
@StatenwerkTest
@Tag("browser")
class DraftCoEditingBrowserTest {

    private static final Pattern DRAFT = Pattern.compile("/concepten/([0-9a-f-]{36})$");
    private static final Pattern TEXT = Pattern.compile("<textarea[^>]*>\\n?(.*?)</textarea>", Pattern.DOTALL);
    private static final Duration CONVERGENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Drafts drafts;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void stopBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    @Test
    void twoMembersOfDifferentFractiesTypeAtOnceAndBothSeeEverythingEitherTyped() throws IOException {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID groen = factory.organization(body, "Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID blauw = factory.organization(body, "Blauw Beraad", OrganizationClassification.FRACTIE);
        UUID riaPerson = factory.person(body, "Ria Groen");
        UUID keesPerson = factory.person(body, "Kees Blauw");
        factory.membership(riaPerson, groen, body, null, null);
        factory.membership(keesPerson, blauw, body, null, null);
        TestBrowser ria = TestBrowser.signedIn(context, port, Role.MEMBER, riaPerson);
        TestBrowser kees = TestBrowser.signedIn(context, port, Role.MEMBER, keesPerson);

        String csrf = ria.get("/concepten").csrf();
        String location = ria.post("/concepten", Map.of("soort", "MOTION", "titel", "Motie fietspaden", "_csrf", csrf))
                .location();
        UUID id = UUID.fromString(match(DRAFT, location));
        String page = "/concepten/" + id;
        String keesEmail = accounts.find(kees.account()).orElseThrow().email();
        ria.post(
                page + "/deelnemers",
                Map.of("email", keesEmail, "_csrf", ria.get(page).csrf()));

        ChromeDriver a = open(ria, page);
        ChromeDriver b = open(kees, page);
        WebElement textA = a.findElement(By.id("tekst"));
        WebElement textB = b.findElement(By.id("tekst"));
        // each sees the other in the list of who is editing now
        waitFor(a, () -> a.findElement(By.id("concept-bezig")).getText().lines().count() == 2);

        List<String> fragments = new ArrayList<>();
        for (int round = 1; round <= 4; round++) {
            String fromA = "[ria" + round + " fietspad]";
            String fromB = "{kees" + round + " veilig}";
            fragments.add(fromA);
            fragments.add(fromB);
            // Ria types at the start, Kees at the end; in halves, one after the other, while both sync
            textA.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
            textB.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            int half = fromA.length() / 2;
            textA.sendKeys(fromA.substring(0, half));
            textB.sendKeys(fromB.substring(0, half));
            textA.sendKeys(fromA.substring(half));
            textB.sendKeys(fromB.substring(half));
        }
        // and one more each in the middle of the text, in the considerations of the motie
        textA.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        fragments.add("<midden-ria>");
        fragments.add("<midden-kees>");
        String current = value(a);
        int middle = current.indexOf("overwegende dat");
        textA.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        for (int i = 0; i < middle; i++) {
            textA.sendKeys(Keys.ARROW_RIGHT);
        }
        textB.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        int verzoeken = value(b).indexOf("verzoeken het college");
        for (int i = 0; i < verzoeken; i++) {
            textB.sendKeys(Keys.ARROW_RIGHT);
        }
        textA.sendKeys("<midden-ria>");
        textB.sendKeys("<midden-kees>");

        waitFor(a, () -> {
            String left = value(a);
            return left.equals(value(b)) && fragments.stream().allMatch(left::contains);
        });
        String merged = value(a);
        assertThat(merged).contains("constaterende dat", "overwegende dat", "verzoeken het college");
        for (String fragment : fragments) {
            assertThat(merged).as(fragment).containsOnlyOnce(fragment);
        }
        assertThat(merged.indexOf("<midden-ria>")).isLessThan(merged.indexOf("overwegende dat"));
        assertThat(merged.indexOf("<midden-kees>")).isLessThan(merged.indexOf("verzoeken het college"));

        // the server kept the merged text: a fresh load, without JavaScript, shows it
        waitFor(a, () -> drafts.read(id, ria.account()).orElseThrow().text().equals(merged));
        assertThat(HtmlUtils.htmlUnescape(match(TEXT, kees.get(page).body()))).isEqualTo(merged);

        // and a third browser, freshly loaded, too
        ChromeDriver c = open(ria, page);
        waitFor(c, () -> value(c).equals(merged));

        assertThat(Chromium.violations(a))
                .as(() -> Chromium.describe(Chromium.violations(a)))
                .isEmpty();
        a.get("http://127.0.0.1:" + port + "/concepten");
        assertThat(Chromium.violations(a))
                .as(() -> Chromium.describe(Chromium.violations(a)))
                .isEmpty();
    }

    /** A Chromium signed in with the session of a test browser, showing the editor once it is live. */
    private ChromeDriver open(TestBrowser user, String page) throws IOException {
        ChromeDriver browser = Chromium.start();
        browsers.add(browser);
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/favicon.svg");
        // not marked Secure: the test serves plain http on 127.0.0.1, and the server does not look at the flag
        browser.manage()
                .addCookie(new Cookie.Builder("statenwerk-sessie", user.cookie("statenwerk-sessie"))
                        .path("/")
                        .isHttpOnly(true)
                        .build());
        browser.get(base + page);
        // live once the first sync has brought the document: the textarea is writable again
        waitFor(browser, () -> {
            WebElement text = browser.findElement(By.id("tekst"));
            return text.getDomProperty("readOnly").equals("false")
                    && !browser.findElement(By.id("concept-status")).getText().isBlank();
        });
        return browser;
    }

    private static String value(ChromeDriver browser) {
        return browser.findElement(By.id("tekst")).getDomProperty("value");
    }

    private static void waitFor(ChromeDriver browser, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, CONVERGENCE, Duration.ofMillis(100)).until(d -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            StringBuilder logs = new StringBuilder();
            browser.manage()
                    .logs()
                    .get(LogType.BROWSER)
                    .forEach(entry -> logs.append(entry).append('\n'));
            throw new AssertionError("no convergence; the browser's console:\n" + logs, e);
        }
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return m.group(1);
    }
}
