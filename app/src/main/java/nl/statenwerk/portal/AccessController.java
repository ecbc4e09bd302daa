package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.council.Person;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.portal.view.AccessViews.AccountRow;
import nl.statenwerk.portal.view.AccessViews.AccountsPage;
import nl.statenwerk.portal.view.AccessViews.PaperAccessPage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The griffie's screens for who may read what ({@code /beheer/toegang}, griffie and functioneel beheerder only): the
 * named readers of a geheim paper and the fractie of a fractie-internal one, and the accounts with their roles and
 * the person each is. Every change is in the audit log, with who made it.
 */
@Controller
class AccessController {

    static final String PATH = "/beheer/toegang";

    private static final Map<String, String> NOTICES = Map.of(
            "lezers", "access.admin.notice.readers",
            "persoon", "access.admin.notice.person",
            "rol", "access.admin.notice.role");
    private static final Map<String, String> ERRORS = Map.of(
            "persoon", "access.admin.error.person",
            "invoer", "access.admin.error.invalid");

    private final PortalViews views;
    private final Accounts accounts;
    private final Viewers viewers;
    private final SignIn signIn;
    private final AuditLog audit;

    AccessController(PortalViews views, Accounts accounts, Viewers viewers, SignIn signIn, AuditLog audit) {
        this.views = views;
        this.accounts = accounts;
        this.viewers = viewers;
        this.signIn = signIn;
        this.audit = audit;
    }

    @GetMapping(PATH + "/stukken/{paperId}")
    String paper(
            @PathVariable String paperId,
            @RequestParam(name = "gedaan", required = false) @Nullable String done,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        UUID id = PortalViews.parseId(paperId);
        Paper paper = views.council().find(Paper.class, id).orElseThrow(NotFound::new);
        PaperAccess access = views.council().paperAccess(id).orElseThrow(NotFound::new);
        views.readings()
                .paper(views.viewer(), id)
                .filter(r -> !r.isPublic())
                .ifPresent(r -> views.readings().recordRead(views.viewer(), "Paper", id, r, "toegang-bekeken"));
        List<Option> fracties = views.council().related(Organization.class, "body_id", access.body(), true).stream()
                .filter(o -> o.classification() == OrganizationClassification.FRACTIE)
                .sorted(Comparator.comparing(Organization::name))
                .map(o -> new Option(String.valueOf(o.id()), o.name(), Objects.equals(o.id(), access.owner())))
                .toList();
        List<Option> persons = views.council().related(Person.class, "body_id", access.body(), true).stream()
                .sorted(Comparator.comparing(Person::name))
                .map(p -> new Option(
                        String.valueOf(p.id()), p.name(), access.readers().contains(p.id())))
                .toList();
        model.addAttribute(
                "page",
                new PaperAccessPage(
                        csrf(request),
                        id.toString(),
                        paper.name(),
                        access.level(),
                        paper.confidentiality(),
                        fracties,
                        persons,
                        done == null ? null : NOTICES.get(done),
                        error == null ? null : ERRORS.getOrDefault(error, "access.admin.error.invalid")));
        return "portal/access-paper";
    }

    @PostMapping(PATH + "/stukken/{paperId}")
    String setReaders(
            @PathVariable String paperId,
            @RequestParam(name = "fractie", required = false) @Nullable String fractie,
            @RequestParam(name = "lezer", required = false) @Nullable List<String> readers) {
        UUID id = PortalViews.parseId(paperId);
        PaperAccess access = views.council().paperAccess(id).orElseThrow(NotFound::new);
        try {
            UUID owner = fractie == null || fractie.isBlank() ? null : UUID.fromString(fractie.strip());
            Set<UUID> named = new HashSet<>();
            for (String reader : readers == null ? List.<String>of() : readers) {
                named.add(UUID.fromString(reader.strip()));
            }
            // only fracties and persons of the paper's own body: a form is not to be trusted with other ids
            if (owner != null
                    && views.council()
                            .find(Organization.class, owner)
                            .filter(o -> o.bodyId().equals(access.body()))
                            .filter(o -> o.classification() == OrganizationClassification.FRACTIE)
                            .isEmpty()) {
                throw new IllegalArgumentException("fractie of another body");
            }
            for (UUID person : named) {
                if (views.council()
                        .find(Person.class, person)
                        .filter(p -> p.bodyId().equals(access.body()))
                        .isEmpty()) {
                    throw new IllegalArgumentException("person of another body");
                }
            }
            views.council().setPaperReaders(id, owner, named);
            audit.record(AuditContext.within(ProcessingActivity.ADMINISTRATION, actor())
                    .event(
                            "lezers-vastgesteld",
                            Instant.now(),
                            AuditEvent.Status.OK,
                            Subject.object("Paper", id)
                                    .withConfidentiality(access.level().code()),
                            "fractie: " + (owner == null ? "geen" : owner) + "; genoemde lezers: "
                                    + named.stream()
                                            .map(UUID::toString)
                                            .sorted()
                                            .toList()));
            return "redirect:" + PATH + "/stukken/" + id + "?gedaan=lezers";
        } catch (IllegalArgumentException e) {
            return "redirect:" + PATH + "/stukken/" + id + "?fout=invoer";
        }
    }

    @GetMapping(PATH + "/accounts")
    String accounts(
            @RequestParam(name = "gedaan", required = false) @Nullable String done,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        Map<UUID, UserAccount> all = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            accounts.withRole(role).forEach(a -> all.putIfAbsent(a.id(), a));
        }
        List<Person> people =
                views
                        .council()
                        .list(Person.class, nl.statenwerk.council.ListQuery.publicFirstPage(1000))
                        .items()
                        .stream()
                        .filter(p -> p.deletedAt() == null)
                        .sorted(Comparator.comparing(Person::name))
                        .toList();
        List<AccountRow> rows = all.values().stream()
                .sorted(Comparator.comparing(UserAccount::displayName))
                .map(a -> {
                    Set<Role> roles = accounts.roles(a.id());
                    Optional<UUID> person = viewers.personOf(a.id());
                    return new AccountRow(
                            a.id().toString(),
                            a.displayName(),
                            a.email(),
                            roles.stream().sorted().map(r -> "role." + r.name()).toList(),
                            person.flatMap(p -> views.council().find(Person.class, p))
                                    .map(Person::name)
                                    .orElse(null),
                            people.stream()
                                    .map(p -> new Option(
                                            String.valueOf(p.id()),
                                            p.name(),
                                            person.equals(Optional.ofNullable(p.id()))))
                                    .toList(),
                            java.util.Arrays.stream(Role.values())
                                    .filter(r -> !roles.contains(r))
                                    .map(r -> new Option(r.name(), "role." + r.name(), false))
                                    .toList());
                })
                .toList();
        model.addAttribute(
                "page",
                new AccountsPage(
                        csrf(request),
                        rows,
                        done == null ? null : NOTICES.get(done),
                        error == null ? null : ERRORS.getOrDefault(error, "access.admin.error.invalid")));
        return "portal/access-accounts";
    }

    @PostMapping(PATH + "/accounts/{accountId}/persoon")
    String link(
            @PathVariable String accountId, @RequestParam(name = "persoon", required = false) @Nullable String person) {
        UUID account = PortalViews.parseId(accountId);
        try {
            Optional<UUID> to = person == null || person.isBlank()
                    ? Optional.empty()
                    : Optional.of(UUID.fromString(person.strip()));
            viewers.link(account, to);
            audit.record(AuditContext.within(ProcessingActivity.ADMINISTRATION, actor())
                    .event(
                            to.isPresent() ? "account-gekoppeld" : "account-ontkoppeld",
                            Instant.now(),
                            AuditEvent.Status.OK,
                            Subject.ofAccount("UserAccount", account, account),
                            to.map(p -> "persoon " + p).orElse("geen persoon")));
            return "redirect:" + PATH + "/accounts?gedaan=persoon";
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return "redirect:" + PATH + "/accounts?fout=persoon";
        }
    }

    @PostMapping(PATH + "/accounts/{accountId}/rollen")
    String role(
            @PathVariable String accountId, @RequestParam("rol") String role, @RequestParam("actie") String action) {
        UUID account = PortalViews.parseId(accountId);
        try {
            Role which = Role.valueOf(role.strip());
            if (accounts.find(account).isEmpty()) {
                throw new NotFound();
            }
            boolean grant = action.equals("toekennen");
            if (!grant && !action.equals("intrekken")) {
                throw new IllegalArgumentException(action);
            }
            // the accounts module records the change itself, naming the actor of the processing bound here
            AuditContext.start(actor(), ProcessingActivity.ADMINISTRATION, null).run(() -> {
                if (grant) {
                    accounts.grant(account, which);
                } else {
                    accounts.revoke(account, which);
                }
            });
            return "redirect:" + PATH + "/accounts?gedaan=rol";
        } catch (IllegalArgumentException e) {
            return "redirect:" + PATH + "/accounts?fout=invoer";
        }
    }

    private Actor actor() {
        return signIn.current()
                .map(user -> Actor.account(user.account()))
                .orElseThrow(() -> new IllegalStateException("the security configuration lets only the griffie here"));
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
