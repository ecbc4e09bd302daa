package nl.statenwerk.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.conformance.ConformanceOverview;
import nl.statenwerk.conformance.Outcome;
import nl.statenwerk.conformance.Standard;
import nl.statenwerk.portal.view.Views.ConformanceBodyRow;
import nl.statenwerk.portal.view.Views.ConformancePage;
import nl.statenwerk.portal.view.Views.ConformanceRow;
import nl.statenwerk.portal.view.Views.Option;
import nl.statenwerk.portal.view.Views.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public documents' PDF/UA-1 and PDF/A checks: pass rates per body, and which documents fail and why. Public on
 * purpose: an accessibility statement has to name the content that is known not to be accessible (see
 * docs/portal.md); only files of public papers are in it.
 */
@Controller
class ConformanceController {

    static final String PATH = "/toegankelijkheid/documenten";
    static final int PAGE_SIZE = 25;

    /** The filter values in the address, Dutch as the portal's other addresses. */
    private static final Map<String, Standard> STANDARDS =
            Map.of("pdf-ua", Standard.ACCESSIBILITY, "pdf-a", Standard.ARCHIVAL);

    private static final Map<String, Outcome> OUTCOMES = Map.of(
            "voldoet-niet", Outcome.FAILED, "voldoet", Outcome.PASSED, "niet-te-controleren", Outcome.NOT_CHECKABLE);

    private final PortalViews views;

    ConformanceController(PortalViews views) {
        this.views = views;
    }

    @GetMapping(PATH)
    String overview(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "profiel", required = false) @Nullable String standard,
            @RequestParam(name = "uitslag", required = false) @Nullable String outcome,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") String page,
            Model model) {
        UUID bodyId = parseBody(body);
        String standardValue = standard != null && STANDARDS.containsKey(standard) ? standard : "";
        // without a choice the page shows what fails: that is what the statement has to name
        String outcomeValue = outcome == null ? "voldoet-niet" : OUTCOMES.containsKey(outcome) ? outcome : "";
        int pageNumber = parsePage(page);
        ConformanceOverview overview = views.conformance()
                .overview(new ConformanceOverview.Query(
                        bodyId,
                        STANDARDS.get(standardValue),
                        OUTCOMES.get(outcomeValue),
                        (pageNumber - 1) * PAGE_SIZE,
                        PAGE_SIZE));
        List<ConformanceBodyRow> bodies = overview.bodies().stream()
                .map(b -> new ConformanceBodyRow(
                        b.name(),
                        b.documents(),
                        b.accessibilityChecked(),
                        b.accessibilityPassed(),
                        b.accessibilityRate(),
                        b.archivalChecked(),
                        b.archivalPassed(),
                        b.archivalRate()))
                .toList();
        // the overview selects public papers already; findPublic once more keeps the portal's one rule in charge
        List<ConformanceRow> rows = overview.documents().stream()
                .flatMap(d -> views.publicPaper(d.paperId()).stream()
                        .map(paper -> new ConformanceRow(
                                d.bodyName(),
                                paper,
                                d.fileName(),
                                "/stukken/" + d.paperId() + "/bestanden/" + d.fileId(),
                                PortalViews.check(d.result()))))
                .toList();
        String bodyValue = bodyId == null ? "" : bodyId.toString();
        List<Option> bodyOptions = overview.bodies().stream()
                .map(b -> new Option(b.bodyId().toString(), b.name(), b.bodyId().equals(bodyId)))
                .toList();
        // labels of these options are message keys, which the template translates
        List<Option> standards = new ArrayList<>();
        for (var s : List.of("", "pdf-ua", "pdf-a")) {
            standards.add(
                    new Option(s, "conformance.filter.standard." + (s.isEmpty() ? "all" : s), standardValue.equals(s)));
        }
        List<Option> outcomes = new ArrayList<>();
        for (var o : List.of("voldoet-niet", "voldoet", "niet-te-controleren", "")) {
            outcomes.add(
                    new Option(o, "conformance.filter.outcome." + (o.isEmpty() ? "all" : o), outcomeValue.equals(o)));
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("staten", bodyValue);
        params.put("profiel", standardValue);
        params.put("uitslag", outcomeValue);
        model.addAttribute(
                "page",
                new ConformancePage(
                        bodies,
                        bodyOptions,
                        standards,
                        outcomes,
                        overview.total(),
                        rows,
                        paging(params, pageNumber, overview.total())));
        return "portal/conformance";
    }

    private static @Nullable UUID parseBody(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(body.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            // deep pages are refused by the overview's limits anyway; a reader's typo gives the first page
            return Math.min(10_000, Math.max(1, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Paging paging(Map<String, String> params, int requested, long total) {
        int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return Paging.around(requested, last, n -> href(params, n));
    }

    static String href(Map<String, String> params, int page) {
        StringBuilder href = new StringBuilder(PATH);
        char separator = '?';
        for (var e : params.entrySet()) {
            // an empty outcome is a choice ("all"), unlike an absent one (the default, failing)
            if (!e.getValue().isEmpty() || e.getKey().equals("uitslag")) {
                href.append(separator)
                        .append(e.getKey())
                        .append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        if (page > 1) {
            href.append(separator).append("pagina=").append(page);
        }
        return href.toString();
    }
}
