package nl.statenwerk.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.core.AccessLevel;

/**
 * "The papers this reader may read" as an SQL condition on table {@code paper}: the one place lists filter in SQL.
 * It does not restate {@link Viewer#mayRead}; it asks it, per level, for which bodies, named persons and fracties the
 * reader qualifies, so that a change of the rule changes the filter too ({@code PaperFilterIntegrationTest} checks
 * they agree on every combination).
 */
record PaperFilter(String sql, Map<String, Object> params) {

    /** A body, fractie and person that no paper has: asking the rule with it tells whether the level is open to all. */
    private static final UUID NOBODY = new UUID(0, 0);

    static PaperFilter of(Viewer viewer, String alias) {
        String p = alias + ".";
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        any.add("(" + p + "access_level = 'PUBLIC' and " + p + "is_public)");
        if (viewer.mayRead(AccessLevel.CLOSED, NOBODY, null, Set.of())) {
            any.add(p + "access_level = 'CLOSED'");
        } else {
            List<UUID> bodies = viewer.bodies().stream()
                    .filter(b -> viewer.mayRead(AccessLevel.CLOSED, b, null, Set.of()))
                    .toList();
            if (!bodies.isEmpty()) {
                any.add("(" + p + "access_level = 'CLOSED' and " + p + "body_id in (:closedBodies))");
                params.put("closedBodies", bodies);
            }
        }
        if (viewer.mayRead(AccessLevel.SECRET, NOBODY, null, Set.of())) {
            any.add(p + "access_level = 'SECRET'");
        } else if (viewer.person() != null
                && viewer.mayRead(AccessLevel.SECRET, NOBODY, null, Set.of(viewer.person()))) {
            any.add("(" + p + "access_level = 'SECRET' and " + p
                    + "id in (select r.paper_id from paper_reader r where r.person_id = :namedPerson))");
            params.put("namedPerson", viewer.person());
        }
        List<UUID> fracties = viewer.organizations().stream()
                .filter(o -> viewer.mayRead(AccessLevel.FRACTION_INTERNAL, NOBODY, o, Set.of()))
                .toList();
        if (!fracties.isEmpty()) {
            any.add("(" + p + "access_level = 'FRACTION_INTERNAL' and " + p
                    + "owner_organization_id in (:ownerFracties))");
            params.put("ownerFracties", fracties);
        }
        return new PaperFilter(p + "deleted_at is null and (" + String.join(" or ", any) + ")", params);
    }
}
