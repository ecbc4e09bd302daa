package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import nl.statenwerk.portal.PortalWebConfiguration.TextsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The portal's friendly 404 page, for unknown and non-public objects alike. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

    private final TextsAdvice texts;

    PortalErrors(TextsAdvice texts) {
        this.texts = texts;
    }

    /** Model attributes are not made for exception handlers, so the texts are added here. */
    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("portal/not-found", HttpStatus.NOT_FOUND);
        view.addObject("t", texts.texts(request));
        return view;
    }
}
