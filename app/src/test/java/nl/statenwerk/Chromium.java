package nl.statenwerk;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium and chromedriver for the browser tests (installed by .ci/run), and axe-core's WCAG 2.2
 * AA rules. Selenium gets both paths, so it never tries to download a driver.
 */
public final class Chromium {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

    private Chromium() {}

    public static ChromeDriver start() throws IOException {
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
        // the console too, for what a listener in the document cannot see (the PDF.js worker)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /** axe's WCAG 2.2 AA violations on the page the browser shows now. */
    public static List<Rule> violations(ChromeDriver browser) {
        var results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
        if (results.getPasses().isEmpty()) {
            throw new AssertionError("axe ran no rule on " + browser.getCurrentUrl());
        }
        return results.getViolations();
    }

    public static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
