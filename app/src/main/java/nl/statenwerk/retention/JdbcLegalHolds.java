package nl.statenwerk.retention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal holds in {@code legal_hold}; a record is held when an active hold names it, its body or its category. */
@Service
class JdbcLegalHolds implements LegalHolds {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcLegalHolds(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public LegalHold place(HoldScope scope, String target, String reason, Actor actor) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Geef de reden van de bewaarplicht.");
        }
        String key = target.strip();
        if (scope != HoldScope.CATEGORY) {
            key = UUID.fromString(key).toString();
        } else if (key.isEmpty() || key.length() > 40) {
            throw new IllegalArgumentException("Geef de code van de categorie.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into legal_hold (id, scope, target, reason, placed_by, placed_at)
                        values (:id, :scope, :target, :reason, :by, :at)
                        """)
                .param("id", id)
                .param("scope", scope.name())
                .param("target", key)
                .param("reason", reason.strip().length() > 2000 ? reason.strip().substring(0, 2000) : reason.strip())
                .param("by", actor.id())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        record(actor, "bewaarplicht-geplaatst", id, scope + " " + key + ": " + reason.strip());
        return find(id);
    }

    @Override
    @Transactional
    public void lift(UUID holdId, Actor actor) {
        int changed = jdbc.sql("""
                        update legal_hold set lifted_by = :by, lifted_at = :at
                        where id = :id and lifted_at is null
                        """)
                .param("by", actor.id())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("id", holdId)
                .update();
        if (changed > 0) {
            record(actor, "bewaarplicht-opgeheven", holdId, "opgeheven");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<LegalHold> all() {
        return jdbc.sql("select * from legal_hold order by case when lifted_at is null then 0 else 1 end,"
                        + " placed_at desc, id")
                .query(DataClassRowMapper.newInstance(LegalHold.class))
                .list();
    }

    private LegalHold find(UUID id) {
        return jdbc.sql("select * from legal_hold where id = :id")
                .param("id", id)
                .query(DataClassRowMapper.newInstance(LegalHold.class))
                .single();
    }

    /** The active holds as {@code SCOPE:target} keys, read once for a whole proposal. */
    Set<String> activeKeys() {
        return new HashSet<>(jdbc.sql("select scope, target from legal_hold where lifted_at is null")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2))
                .list());
    }

    static boolean covers(Set<String> keys, JdbcRetention.Candidate c) {
        return keys.contains(c.kind() + ":" + c.id())
                || keys.contains(HoldScope.BODY + ":" + c.bodyId())
                || keys.contains(HoldScope.CATEGORY + ":" + c.category().code());
    }

    /** Asked again at the moment of destruction, in its transaction: a hold placed after approval still blocks. */
    boolean covers(ListedRecord item, UUID bodyId) {
        return jdbc.sql("""
                        select count(*) from legal_hold where lifted_at is null and (
                            (scope = :kind and target = :id) or (scope = 'BODY' and target = :body)
                            or (scope = 'CATEGORY' and target = :category))
                        """)
                        .param("kind", item.recordKind().name())
                        .param("id", item.recordId().toString())
                        .param("body", bodyId.toString())
                        .param("category", item.categoryCode())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void record(Actor actor, String name, UUID hold, String outcome) {
        AuditContext context = AuditContext.within(ProcessingActivity.ADMINISTRATION, actor);
        audit.record(
                context.event(name, Instant.now(), AuditEvent.Status.OK, Subject.object("LegalHold", hold), outcome));
    }
}
