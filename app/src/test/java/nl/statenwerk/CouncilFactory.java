package nl.statenwerk;

import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Person;
import org.jspecify.annotations.Nullable;

/** Bodies, organisations, persons and memberships for tests, each with a source id of its own. */
public final class CouncilFactory {

    private final Council council;

    public CouncilFactory(Council council) {
        this.council = council;
    }

    public UUID body(String name) {
        return council.save(
                        new Body(
                                null,
                                source("body"),
                                name,
                                null,
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    public UUID organization(UUID body, String name, OrganizationClassification classification) {
        return council.save(
                        new Organization(
                                null,
                                body,
                                source("organization"),
                                name,
                                null,
                                classification,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    public UUID person(UUID body, String name) {
        return council.save(
                        new Person(
                                null,
                                body,
                                source("person"),
                                name,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    public UUID membership(
            UUID person, UUID organization, UUID body, @Nullable LocalDate start, @Nullable LocalDate end) {
        return council.save(
                        new Membership(
                                null,
                                body,
                                source("membership"),
                                person,
                                organization,
                                "lid",
                                false,
                                true,
                                null,
                                start,
                                end,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private static String source(String kind) {
        return "https://example.org/" + kind + "/" + UUID.randomUUID();
    }
}
