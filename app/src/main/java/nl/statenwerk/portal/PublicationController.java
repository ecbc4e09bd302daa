package nl.statenwerk.portal;

import nl.statenwerk.publication.WooPublication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The griffie's view of active publication under the Woo: per information category what is published and what is not,
 * when its sitemaps last changed, and which bodies cannot publish until their TOOI code is configured.
 */
@Controller
class PublicationController {

    static final String PATH = "/beheer/publicatie";

    private final WooPublication publication;

    PublicationController(WooPublication publication) {
        this.publication = publication;
    }

    @GetMapping(PATH)
    String overview(Model model) {
        model.addAttribute("overview", publication.overview());
        return "portal/publication";
    }
}
