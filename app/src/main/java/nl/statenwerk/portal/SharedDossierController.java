package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletResponse;
import nl.statenwerk.dossiers.DossierView;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.portal.view.Views.DossierItem;
import nl.statenwerk.portal.view.Views.DossierPage;
import nl.statenwerk.portal.view.Views.DossierSearch;
import nl.statenwerk.search.SearchResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A dossier shared by its public link. The token in the address is the only key to it, so the page is not cached, not
 * indexed, and its outgoing links do not pass the address on as referrer.
 */
@Controller
class SharedDossierController {

    static final int MATCHES_PER_SEARCH = 10;

    private final Dossiers dossiers;

    SharedDossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers/{token}")
    String dossier(@PathVariable String token, Model model, HttpServletResponse response) {
        DossierView view = dossiers.viewShared(token, MATCHES_PER_SEARCH).orElseThrow(NotFound::new);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute(
                "page",
                new DossierPage(
                        view.name(),
                        view.papers().stream()
                                .map(p -> new DossierItem(p.title(), "/stukken/" + p.id(), p.date(), p.note()))
                                .toList(),
                        view.searches().stream()
                                .map(s -> new DossierSearch(
                                        s.name(),
                                        s.total(),
                                        s.latest().stream()
                                                .map(h -> new DossierItem(h.title(), href(h), h.date(), null))
                                                .toList()))
                                .toList()));
        return "portal/dossier";
    }

    /** The portal's page of a match where it has one, else the object in the standard API. */
    static String href(SearchResult.Hit hit) {
        return switch (hit.type()) {
            case "vergadering" -> "/vergaderingen/" + hit.id();
            case "persoon" -> "/personen/" + hit.id();
            case "fractie" -> "/fracties/" + hit.id();
            case "agendapunt", "stemming" -> hit.url();
            default -> "/stukken/" + hit.id();
        };
    }
}
