package nl.statenwerk.audit;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.CouncilObjectChanged;
import nl.statenwerk.council.Paper;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One entry per object of the stukkenstroom created, changed or deleted, whoever wrote it (an import today, an
 * editor later). It listens in the writing thread and transaction, not after commit: the entry then commits or rolls
 * back with the object (each imported object is a savepoint of its own), and it takes who and why from the
 * {@link AuditContext} the import bound. A write outside any context is the system's, for publication.
 */
@Component
class CouncilChanges {

    private final AuditLog log;
    private final Council council;

    CouncilChanges(AuditLog log, Council council) {
        this.log = log;
        this.council = council;
    }

    @EventListener
    void on(CouncilObjectChanged event) {
        Instant start = Instant.now();
        AuditContext context = AuditContext.current()
                .orElseGet(() -> AuditContext.start(Actor.SYSTEM, ProcessingActivity.PUBLICATION, null));
        Optional<? extends Record> object = find(event.type(), event);
        Subject subject = "Person".equals(event.type())
                ? new Subject("Person", event.id().toString(), event.id().toString(), "persoon", null)
                : Subject.object(event.type(), event.id());
        if (object.orElse(null) instanceof Paper paper) {
            subject = subject.withConfidentiality(paper.confidentiality());
        }
        String what = object.map(CouncilChanges::what).orElse("opgeslagen");
        log.record(context.event("stukkenstroom-" + what, start, AuditEvent.Status.OK, subject, what));
    }

    private Optional<? extends Record> find(String type, CouncilObjectChanged event) {
        try {
            Class<?> found = Class.forName(Council.class.getPackageName() + "." + type);
            return found.isRecord() ? council.find(found.asSubclass(Record.class), event.id()) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** aangemaakt, gewijzigd or verwijderd, from the object's own timestamps. */
    private static String what(Record object) {
        OffsetDateTime created = timestamp(object, "createdAt");
        OffsetDateTime modified = timestamp(object, "modifiedAt");
        if (timestamp(object, "deletedAt") != null) {
            return "verwijderd";
        }
        return created != null && created.equals(modified) ? "aangemaakt" : "gewijzigd";
    }

    private static @Nullable OffsetDateTime timestamp(Record object, String name) {
        for (RecordComponent component : object.getClass().getRecordComponents()) {
            if (component.getName().equals(name) && component.getType() == OffsetDateTime.class) {
                try {
                    return (OffsetDateTime) component.getAccessor().invoke(object);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
