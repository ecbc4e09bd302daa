package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.statenwerk.compliance.Compliance;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance dashboard (naleving) for the griffie: the figures of the Woo and the Archiefwet on one page, each
 * section linking to its own screen. Security guards {@code /beheer/**}; never cached, the figures change all day.
 */
@Controller
class ComplianceController {

    static final String PATH = "/beheer/naleving";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Compliance compliance;

    ComplianceController(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping(PATH)
    String dashboard(HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        model.addAttribute("report", compliance.report(LocalDate.now(ZONE)));
        return "portal/compliance";
    }
}
