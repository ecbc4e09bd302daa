package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.statenwerk.portal.PortalWebConfiguration.TextsAdvice;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's friendly error pages, in the reader's language and in the portal's layout, never with technical
 * details: a 404 for unknown and non-public objects alike, and one page each for other client errors and server
 * errors. Browsers get them for every address (Spring Boot's error controller asks {@link Views}); API clients that
 * ask for JSON keep getting JSON.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

    static final String VIEW = "portal/error";

    private final TextsAdvice texts;

    PortalErrors(TextsAdvice texts) {
        this.texts = texts;
    }

    /** Model attributes are not made for exception handlers, so the texts are added here. */
    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page(texts, request, request.getRequestURI(), HttpStatus.NOT_FOUND);
    }

    static ModelAndView page(TextsAdvice texts, HttpServletRequest request, String path, HttpStatusCode status) {
        ModelAndView view = new ModelAndView(VIEW, status);
        view.addObject("t", texts.texts(request, path));
        view.addObject(
                "key",
                switch (status.value()) {
                    case 404 -> "notFound";
                    case 429 -> "tooManyRequests";
                    default -> status.is4xxClientError() ? "badRequest" : "serverError";
                });
        return view;
    }

    /** The error page for everything that reaches Spring Boot's error controller: unknown addresses, exceptions. */
    @Component
    static class Views implements ErrorViewResolver {

        private final TextsAdvice texts;

        Views(TextsAdvice texts) {
            this.texts = texts;
        }

        @Override
        public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
            return page(texts, request, model.get("path") instanceof String path ? path : "/", status);
        }
    }
}
