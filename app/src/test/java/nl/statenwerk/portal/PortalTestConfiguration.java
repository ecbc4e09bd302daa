package nl.statenwerk.portal;

import java.time.Clock;
import java.time.ZoneId;
import nl.statenwerk.council.FollowUpFixture;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the portal's tests add to the application: a page that fails, to see the error page that a bug would show,
 * and a clock at {@link FollowUpFixture#TODAY}, the day the toezeggingen's termijnen are overdue against.
 * Both portal test classes import it, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class PortalTestConfiguration {

    static final String FAILING_PAGE = "/stukken/test/fout";
    static final String FAILURE = "Testfout met geheime details uit de database";

    @Bean
    Clock clock() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        return Clock.fixed(FollowUpFixture.TODAY.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /**
     * Registered as a member of this configuration; a test component, so that component scanning leaves it out and
     * other tests never see it.
     */
    @TestComponent
    @Controller
    static class FailingController {

        @GetMapping(FAILING_PAGE)
        String fail() {
            throw new IllegalStateException(FAILURE);
        }
    }
}
