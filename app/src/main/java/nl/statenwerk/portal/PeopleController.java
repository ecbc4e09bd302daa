package nl.statenwerk.portal;

import java.util.Objects;
import java.util.UUID;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Person;
import nl.statenwerk.portal.view.Views.FractiePage;
import nl.statenwerk.portal.view.Views.PersonPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** People and fracties: memberships over time, the papers they submitted, and a fractie's votes. */
@Controller
class PeopleController {

    /** The latest votes on a fractie's or person's page; the search page (stemmingen, fractie) has them all. */
    static final int VOTES_SHOWN = 50;

    private final PortalViews views;

    PeopleController(PortalViews views) {
        this.views = views;
    }

    @GetMapping("/personen/{id}")
    String person(@PathVariable String id, Model model) {
        Person person = views.findPublic(Person.class, id);
        UUID personId = Objects.requireNonNull(person.id());
        var memberships = views.memberships("person_id", personId, false);
        var votes = views.personVotes(personId, VOTES_SHOWN);
        // in the Staten a fractie votes as one unless a vote is hoofdelijk: without own votes, the fracties' votes
        // are the person's
        var fracties = memberships.stream()
                .map(m -> m.other())
                .filter(o -> o.href() != null && o.href().startsWith("/fracties/"))
                .distinct()
                .toList();
        model.addAttribute(
                "page",
                new PersonPage(
                        person.name(),
                        person.functionName(),
                        memberships,
                        views.submittedPapers("person_id", personId),
                        votes.getKey(),
                        votes.getValue(),
                        fracties));
        return "portal/person";
    }

    @GetMapping("/fracties/{id}")
    String fractie(@PathVariable String id, Model model) {
        Organization fractie = views.findPublic(Organization.class, id);
        if (fractie.classification() != OrganizationClassification.FRACTIE) {
            throw new NotFound();
        }
        UUID fractieId = Objects.requireNonNull(fractie.id());
        var votes = views.fractionVotes(fractieId, VOTES_SHOWN);
        model.addAttribute(
                "page",
                new FractiePage(
                        fractie.name(),
                        fractie.shortName(),
                        fractie.startDate(),
                        fractie.endDate(),
                        webAddress(fractie.website()),
                        views.memberships("organization_id", fractieId, true),
                        views.submittedPapers("organization_id", fractieId),
                        votes.getKey(),
                        votes.getValue()));
        return "portal/fractie";
    }

    /**
     * A source's website as a link only when it is a web address: a {@code javascript:} or {@code data:} url from an
     * imported object would otherwise be a link that runs script (the CSP blocks it too; this is the first line).
     */
    static @org.jspecify.annotations.Nullable String webAddress(@org.jspecify.annotations.Nullable String website) {
        if (website == null) {
            return null;
        }
        String value = website.strip();
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return value;
        }
        return lower.startsWith("www.") && !lower.contains(":") ? "https://" + value : null;
    }
}
