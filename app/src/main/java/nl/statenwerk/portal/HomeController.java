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
                        council.latestPublicPapers(null, 10).stream()
                                .map(views::paper)
                                .toList(),
                        fracties));
        return VIEW;
    }

    @GetMapping("/toegankelijkheid")
    String accessibility() {
        return "portal/accessibility";
    }
}
