package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.SignIn.SignedIn;
import nl.statenwerk.portal.view.SignInViews.AccountPage;
import nl.statenwerk.portal.view.SignInViews.CodePage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.SignInViews.EnrolPage;
import nl.statenwerk.portal.view.SignInViews.SetupPage;
import nl.statenwerk.portal.view.SignInViews.SignInPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in step by step (password, then the code of the second factor, or setting one up), the first griffie
 * account of a fresh installation, and the signed-in user's own page. None of these pages is ever cached.
 */
@Controller
class SignInController {

    private final SignIn signIn;
    private final String oidcName;

    SignInController(SignIn signIn, org.springframework.core.env.Environment environment) {
        this.signIn = signIn;
        this.oidcName = environment.getProperty("statenwerk.identity.oidc-name", "de provincie");
    }

    @ModelAttribute
    void neverCached(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
    }

    @GetMapping("/inloggen")
    String signInPage(
            @RequestParam(name = "fout", required = false) @Nullable String error,
            @RequestParam(name = "uitgelogd", required = false) @Nullable String signedOut,
            HttpServletRequest request,
            Model model) {
        String errorKey = switch (error == null ? "" : error) {
            case "tweede-factor" -> "signin.error.secondFactor";
            case "oidc" -> "signin.error.oidc";
            default -> null;
        };
        return signInForm(request, model, "", errorKey, signedOut != null ? "signin.signedOut" : null);
    }

    private String signInForm(
            HttpServletRequest request, Model model, String email, @Nullable String error, @Nullable String notice) {
        model.addAttribute(
                "page",
                new SignInPage(
                        csrf(request), email, error, notice, signIn.oidcEnabled(), oidcName, signIn.firstRunOpen()));
        return "portal/signin";
    }

    @PostMapping("/inloggen")
    String signInWithPassword(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return switch (signIn.password(email, password)) {
            case SignIn.Rejected r -> {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                yield signInForm(request, model, email.strip(), "signin.error.rejected", null);
            }
            case SignIn.CodeNeeded c -> {
                signIn.pend(request, c.account());
                yield "redirect:/inloggen/code";
            }
            case SignIn.EnrolmentNeeded e -> {
                signIn.pend(request, e.account());
                yield "redirect:/inloggen/tweede-factor";
            }
            case SignIn.Done d -> {
                signIn.establish(d.account(), false, request, response);
                yield "redirect:/mijn";
            }
        };
    }

    @GetMapping("/inloggen/code")
    String codePage(HttpServletRequest request, Model model) {
        if (signIn.pending(request).isEmpty()) {
            return "redirect:/inloggen";
        }
        model.addAttribute("page", new CodePage(csrf(request), null));
        return "portal/signin-code";
    }

    @PostMapping("/inloggen/code")
    String signInWithCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/inloggen";
        }
        if (!signIn.code(pending.get(), code)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("page", new CodePage(csrf(request), "code.error"));
            return "portal/signin-code";
        }
        signIn.establish(pending.get(), true, request, response);
        return "redirect:/mijn";
    }

    @GetMapping("/inloggen/tweede-factor")
    String enrolPage(HttpServletRequest request, Model model) {
        Optional<UUID> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/inloggen";
        }
        SignIn.Enrolment enrolment = signIn.enrol(pending.get());
        model.addAttribute("page", new EnrolPage(csrf(request), enrolment.secret(), enrolment.uri(), null));
        return "portal/signin-enrol";
    }

    @PostMapping("/inloggen/tweede-factor")
    String confirmEnrolment(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<UUID> pending = signIn.pending(request);
        if (pending.isEmpty()) {
            return "redirect:/inloggen";
        }
        if (!signIn.confirmEnrolment(pending.get(), code)) {
            // a new secret: the one shown may have been seen by someone else
            SignIn.Enrolment enrolment = signIn.enrol(pending.get());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute(
                    "page", new EnrolPage(csrf(request), enrolment.secret(), enrolment.uri(), "enrol.error"));
            return "portal/signin-enrol";
        }
        signIn.establish(pending.get(), true, request, response);
        return "redirect:/mijn";
    }

    @GetMapping("/eerste-gebruik")
    String setupPage(HttpServletRequest request, Model model) {
        if (!signIn.firstRunOpen()) {
            throw new NotFound();
        }
        model.addAttribute("page", new SetupPage(csrf(request), "", "", null));
        return "portal/setup";
    }

    @PostMapping("/eerste-gebruik")
    String setUp(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!signIn.firstRunOpen()) {
            throw new NotFound();
        }
        try {
            signIn.firstRun(code, name, email, password);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new SetupPage(csrf(request), name.strip(), email.strip(), "setup.error"));
            return "portal/setup";
        }
        return "redirect:/inloggen";
    }

    @GetMapping("/mijn")
    String account(HttpServletRequest request, Model model) {
        SignedIn user = signIn.current().orElseThrow(NotFound::new);
        model.addAttribute(
                "page",
                new AccountPage(
                        csrf(request),
                        user.displayName(),
                        user.email(),
                        user.roles().stream().sorted().toList(),
                        user.method(),
                        user.secondFactor()));
        return "portal/account";
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
