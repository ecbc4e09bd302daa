package nl.statenwerk.identity;

import java.security.SecureRandom;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.StatenwerkProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The code that makes the first griffie account. Only someone who can read the application's log (whoever installed
 * it) can claim a fresh installation, not whoever reaches its address first. A new code at every start.
 */
@Component
class FirstRunCode {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunCode.class);
    private final String code;
    private final Accounts accounts;
    private final StatenwerkProperties statenwerk;

    FirstRunCode(Accounts accounts, StatenwerkProperties statenwerk) {
        this.accounts = accounts;
        this.statenwerk = statenwerk;
        byte[] random = new byte[10];
        new SecureRandom().nextBytes(random);
        this.code = Totp.base32(random).substring(0, 16);
    }

    String code() {
        return code;
    }

    @EventListener
    void announce(WebServerInitializedEvent event) {
        if (!accounts.anyHas(Role.GRIFFIE)) {
            LOG.warn(
                    "Eerste gebruik: maak het eerste griffie-account op {}/eerste-gebruik met de code {}",
                    statenwerk.baseUrl(),
                    code);
        }
    }
}
