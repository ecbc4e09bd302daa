package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import nl.statenwerk.portal.view.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The portal's language: Dutch unless the reader chose English with {@code ?lang=en}, which a cookie remembers. The
 * browser's Accept-Language is deliberately not followed: the Staten publish in Dutch, English is a courtesy.
 */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("statenwerk-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Gives every portal template its {@link Texts} as {@code t}. */
    @ControllerAdvice(basePackageClasses = PortalWebConfiguration.class)
    static class TextsAdvice {

        private final MessageSource messages;

        TextsAdvice(MessageSource messages) {
            this.messages = messages;
        }

        @ModelAttribute("t")
        Texts texts(HttpServletRequest request) {
            Locale locale = RequestContextUtils.getLocale(request);
            Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
            return new Texts(messages, supported, request.getRequestURI());
        }
    }
}
