package nl.statenwerk.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.portal.view.Views.HomePage;
import nl.statenwerk.portal.view.Views.NamedLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: upcoming and recent meetings, the latest papers, the fracties, and the search form. */
@Controller
class HomeController {

    static final String VIEW = "portal/home";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final PortalViews views;

    HomeController(PortalViews views) {
        this.views = views;
    }

    @GetMapping("/")
    String home(Model model) {
        var council = views.council();
        LocalDate today = LocalDate.now(ZONE);
        var fracties = council
                .list(
                        Organization.class,
                        new ListQuery(null, null, null, 200, true, false, OrganizationClassification.FRACTIE))
                .items()
                .stream()
                .filter(o -> o.endDate() == null || !o.endDate().isBefore(today))
                .map(views::organization)
                .sorted(Comparator.comparing(NamedLink::name))
                .toList();
        model.addAttribute(
                "page",
                new HomePage(
                        council.meetingsByDate(null, null, today, null, false, 8).stream()
                                .map(views::meeting)
                                .toList(),
                        council.meetingsByDate(null, null, null, today.minusDays(1), true, 5).stream()
                                .map(views::meeting)
                                .toList(),
                        latestPapers(),
                        fracties));
        return VIEW;
    }

    /** The newest papers: public ones for the public, and for a signed-in reader those they may read. */
    private java.util.List<nl.statenwerk.portal.view.Views.PaperLink> latestPapers() {
        var viewer = views.viewer();
        if (!viewer.signedIn()) {
            return views.council().latestPublicPapers(null, 10).stream()
                    .map(views::paper)
                    .toList();
        }
        var ids = views.readings().latestReadablePapers(viewer, 10);
        var links = views.readablePapers(ids, "stuk-in-lijst-getoond");
        return ids.stream().map(links::get).filter(java.util.Objects::nonNull).toList();
    }

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "portal/accessibility";
    }
}
