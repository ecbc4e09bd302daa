package nl.statenwerk.identity;

import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.core.StatenwerkProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The web security of the whole application. Public pages, feeds and the open APIs stay open to everyone and keep
 * their cache headers; the signed-in user's own pages ({@code /mijn}) need a signed-in user; actuator endpoints other
 * than health are for the functioneel beheerder. Forms carry a CSRF token; the APIs under {@code /api} do not use the
 * session and authenticate with a bearer token, so CSRF does not apply to them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    /** Only with a web server: the commands (import, reindex, audit) start the application without one. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SecurityContextRepository contexts,
            OidcRegistration oidc,
            AccountOidcUserService users,
            SignInAudit audit,
            TransactionTemplate transactions)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        // a calendar app cannot sign in: the member's feed is opened by the secret token in its path
                        .requestMatchers(HttpMethod.GET, "/mijn/agenda/feed/*.ics")
                        .permitAll()
                        .requestMatchers("/mijn", "/mijn/**", "/concepten", "/concepten/**")
                        .authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMINISTRATOR")
                        .requestMatchers(
                                "/stukken/*/discussie",
                                "/stukken/*/discussie/**",
                                "/agendapunten/*/discussie",
                                "/agendapunten/*/discussie/**",
                                "/annotaties",
                                "/annotaties/**")
                        .authenticated()
                        .requestMatchers("/beheer", "/beheer/**")
                        .hasAnyRole("GRIFFIE", "ADMINISTRATOR")
                        .requestMatchers("/werkruimtes", "/werkruimtes/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(c -> c.ignoringRequestMatchers("/api/**"))
                // one owner for the security headers of every response: the portal's SecurityHeaders filter (CSP,
                // nosniff, frame options, HSTS); Cache-Control is set per page (PortalCaching, no-store when signed in)
                .headers(h -> h.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/inloggen")))
                .logout(l -> l.logoutUrl("/uitloggen")
                        .addLogoutHandler(
                                (request, response, authentication) -> signedOut(authentication, audit, transactions))
                        .logoutSuccessUrl("/inloggen?uitgelogd")
                        .deleteCookies("statenwerk-sessie"));
        if (oidc.enabled()) {
            http.oauth2Login(o -> o.loginPage("/inloggen")
                    .userInfoEndpoint(u -> u.oidcUserService(users))
                    .defaultSuccessUrl("/mijn", true)
                    .failureHandler((request, response, exception) -> {
                        String code = exception
                                        instanceof
                                        org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                                ? oauth.getError().getErrorCode()
                                : "oidc";
                        response.sendRedirect(
                                AccountOidcUserService.SECOND_FACTOR_REQUIRED.equals(code)
                                        ? "/inloggen?fout=tweede-factor"
                                        : "/inloggen?fout=oidc");
                    }));
        }
        return http.build();
    }

    private static void signedOut(
            org.springframework.security.core.@Nullable Authentication authentication,
            SignInAudit audit,
            TransactionTemplate transactions) {
        if (authentication == null) {
            return;
        }
        java.util.UUID account = switch (authentication.getPrincipal()) {
            case SignIn.SignedIn s -> s.account();
            case AccountOidcUser u -> u.account();
            case null, default -> null;
        };
        if (account != null) {
            transactions.executeWithoutResult(status -> audit.record("uitgelogd", account, true, "op verzoek"));
        }
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** BCrypt today, behind the {id} prefix so that stored hashes can move to a stronger algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecretBox secretBox(IdentityProperties identity, StatenwerkProperties statenwerk) {
        return SecretBox.fromConfiguredOrFile(
                identity.secretKey(), statenwerk.home().resolve("secret.key"));
    }

    @Bean
    OidcRegistration oidcRegistration(ObjectProvider<ClientRegistrationRepository> registrations) {
        return new OidcRegistration(registrations.getIfAvailable());
    }

    @Bean
    AccountOidcUserService accountOidcUserService(
            JdbcClient jdbc,
            Accounts accounts,
            IdentityProperties identity,
            TransactionTemplate transactions,
            SignInAudit audit) {
        return new AccountOidcUserService(jdbc, accounts, identity, transactions, audit);
    }
}
