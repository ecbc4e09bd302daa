package nl.statenwerk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal with the demo data loaded, in Chromium: every page type reachable by links from {@code /} (see
 * {@link #type}), with the largest meeting and a search with results, passes axe's WCAG 2.2 AA rules,
 * is in Dutch, opens with the skip link on the first Tab and reports no Content-Security-Policy violation. The
 * fixtures of AccessibilityIntegrationTest are small and made for each rule; this is the same check on real data:
 * long agendas, real titles, hundreds of fracties' votes.
 */
final class DemoPagesInChromium {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Not pages: downloads, feeds, exports, the APIs, the language switch, signing out, static files. */
    private static final Pattern SKIP = Pattern.compile(
            "^/(api|actuator|static|assets|webjars|uitloggen)(/|$)|/inhoud$|\\.(xml|ics|csv|json|css|js|pdf|atom|rss)($|\\?)"
                    + "|[?&](lang|formaat|format)=");

    private static final int MAX_PAGE_TYPES = 40;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    DemoPagesInChromium(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One address per page type, breadth first from {@code /}, the extra ones first. */
    List<String> pageTypes(List<String> extra) throws IOException, InterruptedException {
        Map<String, String> byType = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(extra);
        queue.add("/");
        while (!queue.isEmpty() && byType.size() < MAX_PAGE_TYPES) {
            String path = queue.poll();
            String type = type(path);
            if (byType.containsKey(type)) {
                continue;
            }
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            String contentType = page.headers().firstValue("Content-Type").orElse("");
            if (page.statusCode() != 200 || !contentType.startsWith("text/html")) {
                continue;
            }
            byType.put(type, path);
            Matcher links = LINK.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!SKIP.matcher(link).find() && !byType.containsKey(type(link))) {
                    queue.add(link);
                }
            }
        }
        return new ArrayList<>(byType.values());
    }

    /**
     * The path with its ids left out, and the view it asks for ({@code weergave}); other query parameters (filters,
     * sorting, paging) fill the same page type with other data.
     */
    static String type(String path) {
        int q = path.indexOf('?');
        String route = ID.matcher(q < 0 ? path : path.substring(0, q)).replaceAll("{id}");
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                if (pair.startsWith("weergave=")) {
                    return route + "?" + pair;
                }
            }
        }
        return route;
    }

    /** Checks every page and then fails with what all of them lack, so that one run shows every problem. */
    void check(List<String> paths) throws IOException {
        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Chromium.start();
        try {
            for (String path : paths) {
                browser.manage().logs().get(LogType.BROWSER); // forget the previous page's console
                browser.get(base + path);
                if (path.contains("/bestanden/")) {
                    // the viewer draws the PDF with a script: check what a reader with JavaScript gets
                    new WebDriverWait(browser, Duration.ofSeconds(20))
                            .until(d ->
                                    !d.findElements(By.cssSelector("canvas")).isEmpty());
                }
                if (!"nl".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                    problems.add(path + ": lang is not nl");
                }
                var violations = Chromium.violations(browser);
                if (!violations.isEmpty()) {
                    problems.add(path + ": " + Chromium.describe(violations));
                }
                browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                        .forEach(m -> problems.add(path + ": " + m));
                browser.get(base + path); // axe leaves focus where it was: start the keyboard from the top
                new Actions(browser).sendKeys(Keys.TAB).perform();
                String first = browser.switchTo().activeElement().getAttribute("href");
                if (first == null || !first.endsWith("#main")) {
                    problems.add(path + ": the first Tab reaches " + first + ", not the skip link");
                }
            }
        } finally {
            browser.quit();
        }
        assertThat(problems).as("pages checked: " + paths).isEmpty();
    }
}
