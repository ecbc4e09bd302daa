package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.notifications.Notifications;
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
import org.springframework.web.servlet.resource.ResourceUrlProvider;
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
        // absent when a command (import, reindex, bench) starts the application without a web server
        private final org.springframework.beans.factory.ObjectProvider<ResourceUrlProvider> assets;
        private final SignIn signIn;
        private final Notifications notifications;

        TextsAdvice(
                MessageSource messages,
                org.springframework.beans.factory.ObjectProvider<ResourceUrlProvider> assets,
                SignIn signIn,
                Notifications notifications) {
            this.messages = messages;
            this.assets = assets;
            this.signIn = signIn;
            this.notifications = notifications;
        }

        @ModelAttribute("t")
        Texts texts(HttpServletRequest request) {
            return texts(request, address(request));
        }

        /** The page's path with its query but without the language, so that switching keeps a search's words. */
        private static String address(HttpServletRequest request) {
            String query = request.getQueryString();
            if (query == null) {
                return request.getRequestURI();
            }
            String kept = Arrays.stream(query.split("&"))
                    .filter(p -> !p.equals("lang") && !p.startsWith("lang="))
                    .collect(Collectors.joining("&"));
            return kept.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + kept;
        }

        /** The texts for a page shown at {@code path}, which differs from the request's on an error page. */
        Texts texts(HttpServletRequest request, String path) {
            Locale locale = RequestContextUtils.getLocale(request);
            Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
            ResourceUrlProvider urls = assets.getIfAvailable();
            // the header's count of unread notifications makes every page personal: PortalCaching keeps it private
            long unread = signIn.current()
                    .map(user -> notifications.countUnread(user.account()))
                    .orElse(-1L);
            return new Texts(
                    messages,
                    supported,
                    path,
                    asset -> {
                        String versioned = urls == null ? null : urls.getForLookupPath(asset);
                        return versioned == null ? asset : versioned;
                    },
                    unread);
        }
    }
}
