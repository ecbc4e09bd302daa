package nl.statenwerk.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.Client;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.council.PaperFile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
@Transactional(readOnly = true)
class JdbcReadings implements Readings {

    /** From the least to the most strict: a file is as strict as the strictest paper it belongs to. */
    private static final List<AccessLevel> STRICTNESS =
            List.of(AccessLevel.PUBLIC, AccessLevel.CLOSED, AccessLevel.FRACTION_INTERNAL, AccessLevel.SECRET);

    private final Council council;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcReadings(Council council, JdbcClient jdbc, AuditLog audit) {
        this.council = council;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Reading> paper(Viewer viewer, UUID paperId) {
        Optional<Paper> paper = council.find(Paper.class, paperId).filter(p -> p.deletedAt() == null);
        if (paper.isEmpty()) {
            return Optional.empty();
        }
        if (paper.get().isPublic() && council.findPublic(Paper.class, paperId).isPresent()) {
            return Optional.of(Reading.PUBLIC);
        }
        return council.paperAccess(paperId)
                .filter(a -> a.level() != AccessLevel.PUBLIC)
                .filter(a -> viewer.mayRead(a.level(), a.body(), a.owner(), a.readers()))
                .map(a -> new Reading(a.level(), grounds(viewer, a)));
    }

    @Override
    public Optional<Reading> file(Viewer viewer, UUID fileId) {
        if (council.isFilePublic(fileId)) {
            return Optional.of(Reading.PUBLIC);
        }
        List<PaperAccess> papers = new ArrayList<>();
        for (PaperFile link : council.links().papersOfFile(fileId)) {
            council.find(Paper.class, link.paperId())
                    .filter(p -> p.deletedAt() == null)
                    .flatMap(p -> council.paperAccess(link.paperId()))
                    .ifPresent(papers::add);
        }
        AccessLevel strictest = papers.stream()
                .map(PaperAccess::level)
                .max(Comparator.comparingInt(STRICTNESS::indexOf))
                .orElse(AccessLevel.SECRET);
        return papers.stream()
                .filter(a -> a.level() != AccessLevel.PUBLIC)
                .filter(a -> viewer.mayRead(a.level(), a.body(), a.owner(), a.readers()))
                .max(Comparator.comparingInt(a -> STRICTNESS.indexOf(a.level())))
                .map(a -> new Reading(strictest, grounds(viewer, a)));
    }

    @Override
    public Set<UUID> readablePapers(Viewer viewer, Collection<UUID> paperIds) {
        Set<UUID> readable = new HashSet<>();
        List<UUID> ids = List.copyOf(new HashSet<>(paperIds));
        PaperFilter filter = PaperFilter.of(viewer, "p");
        for (int from = 0; from < ids.size(); from += 500) {
            Map<String, Object> params = new HashMap<>(filter.params());
            params.put("ids", ids.subList(from, Math.min(ids.size(), from + 500)));
            readable.addAll(jdbc.sql("select p.id from paper p where p.id in (:ids) and " + filter.sql())
                    .params(params)
                    .query(UUID.class)
                    .list());
        }
        return readable;
    }

    @Override
    public List<UUID> latestReadablePapers(Viewer viewer, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit " + limit + " is not between 1 and 1000");
        }
        PaperFilter filter = PaperFilter.of(viewer, "p");
        return jdbc.sql("select p.id from paper p where " + filter.sql()
                        + " order by p.paper_date desc nulls last, p.submitted_date desc nulls last,"
                        + " p.modified_at desc, p.id limit " + limit)
                .params(filter.params())
                .query(UUID.class)
                .list();
    }

    @Override
    public void recordRead(Viewer viewer, String objectType, UUID objectId, Reading reading, String what) {
        if (reading.isPublic()) {
            return;
        }
        Actor actor = viewer.account() == null
                ? new Actor("onbekend", "bezoeker")
                : new Actor("account:" + viewer.account(), roles(viewer));
        audit.recordNow(AuditContext.start(actor, ProcessingActivity.CONFIDENTIAL_ACCESS, client())
                .summary(
                        what,
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.object(objectType, objectId)
                                .withConfidentiality(reading.level().code()),
                        "grondslag: " + reading.grounds()));
    }

    /** On what grounds this reader may read the paper: the part of the rule that let them. */
    static String grounds(Viewer viewer, PaperAccess access) {
        return switch (access.level()) {
            case PUBLIC -> "openbaar";
            case CLOSED ->
                viewer.isGriffie() ? "rol griffie" : "lid van het orgaan " + access.body() + " (" + roles(viewer) + ")";
            case SECRET ->
                viewer.person() != null && access.readers().contains(viewer.person())
                        ? "genoemde lezer (persoon " + viewer.person() + ")"
                        : "rol griffie";
            case FRACTION_INTERNAL -> "lid van de fractie " + access.owner() + " (" + roles(viewer) + ")";
        };
    }

    private static String roles(Viewer viewer) {
        return viewer.roles().isEmpty()
                ? "bezoeker"
                : viewer.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static @Nullable Client client() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Client.of(request.getRemoteAddr(), request.getHeader("User-Agent"));
        }
        return null;
    }
}
