package nl.statenwerk.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The province's OIDC provider, registered as {@code oidc} through Spring Boot's
 * {@code spring.security.oauth2.client.registration.oidc.*} and {@code provider.oidc.issuer-uri}; absent when not
 * configured.
 */
record OidcRegistration(@Nullable ClientRegistrationRepository repository) {

    static final String ID = "oidc";

    boolean enabled() {
        return repository != null && repository.findByRegistrationId(ID) != null;
    }
}
