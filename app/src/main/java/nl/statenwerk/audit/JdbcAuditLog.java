package nl.statenwerk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the chain. Every append locks the chain's head row ({@code select ... for update}), so writers in this
 * process and in other instances take turns and the chain cannot fork. Changes are written to {@code audit_pending}
 * in their own transaction and moved into the chain after commit, in batches, by one thread per instance (and
 * every few seconds, for what another instance or a crash left); reads go into the chain at once.
 */
@Service
class JdbcAuditLog implements AuditLog, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);
    static final int BATCH = 1000;
    private static final String EVENT_COLUMNS = String.join(", ", Entry.COLUMNS.subList(0, 19));
    private static final String INSERT_ENTRY = "insert into audit_entry (seq, " + EVENT_COLUMNS
            + ", recorded_at, previous_hash, hash) values (?" + ", ?".repeat(19) + ", ?, ?, ?)";
    private static final String INSERT_PENDING =
            "insert into audit_pending (" + EVENT_COLUMNS + ") values (?" + ", ?".repeat(18) + ")";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("audit-writer").daemon().factory());
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWriter() {
        writer.scheduleWithFixedDelay(this::drainQuietly, 0, 5, TimeUnit.SECONDS);
    }

    @Override
    public void record(AuditEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            recordNow(event);
            return;
        }
        jdbc.update(INSERT_PENDING, eventValues(event).toArray());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                nudge();
            }
        });
    }

    @Override
    public long recordNow(AuditEvent event) {
        return retryingOnLockTimeout(() -> own.execute(status -> {
            Head head = lockHead();
            Entry entry = Entry.chain(head.seq() + 1, event, Instant.now(), head.hash());
            insert(List.of(entry));
            moveHead(entry);
            return entry.seq();
        }));
    }

    /** Moves what is pending into the chain; returns how many entries it appended. */
    long drain() {
        long moved = 0;
        int batch;
        do {
            batch = retryingOnLockTimeout(() -> own.execute(status -> drainBatch()));
            moved += batch;
        } while (batch == BATCH);
        return moved;
    }

    private int drainBatch() {
        Head head = lockHead();
        List<Long> ids = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        jdbc.query("select * from audit_pending order by id", ps -> ps.setMaxRows(BATCH), rs -> {
            ids.add(rs.getLong("id"));
            events.add(Entry.event(rs));
        });
        if (events.isEmpty()) {
            return 0;
        }
        List<Entry> entries = new ArrayList<>(events.size());
        Instant now = Instant.now();
        long seq = head.seq();
        String previous = head.hash();
        for (AuditEvent event : events) {
            Entry entry = Entry.chain(++seq, event, now, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        insert(entries);
        jdbc.batchUpdate(
                "delete from audit_pending where id = ?",
                ids.stream().map(id -> new Object[] {id}).toList());
        moveHead(entries.getLast());
        return entries.size();
    }

    private void nudge() {
        if (drainQueued.compareAndSet(false, true) && !writer.isShutdown()) {
            writer.execute(() -> {
                drainQueued.set(false);
                drainQuietly();
            });
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            // stays pending; the next nudge or the periodic run tries again
            log.warn("Auditregels konden nog niet in de keten: {}", e.getMessage());
        }
    }

    private Head lockHead() {
        return jdbc.queryForObject(
                "select seq, hash from audit_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")));
    }

    private void moveHead(Entry last) {
        jdbc.update("update audit_chain_head set seq = ?, hash = ? where id = 1", last.seq(), last.hash());
    }

    private void insert(List<Entry> entries) {
        jdbc.batchUpdate(
                INSERT_ENTRY,
                entries.stream()
                        .map(entry -> {
                            List<@Nullable Object> values = new ArrayList<>(23);
                            values.add(entry.seq());
                            values.addAll(eventValues(entry.event()));
                            values.add(timestamp(entry.recordedAt()));
                            values.add(entry.previousHash());
                            values.add(entry.hash());
                            return values.toArray();
                        })
                        .toList());
    }

    private static List<@Nullable Object> eventValues(AuditEvent e) {
        Subject s = e.subject();
        Client c = e.client();
        List<@Nullable Object> values = new ArrayList<>(19);
        values.add(e.traceId());
        values.add(e.spanId());
        values.add(e.parentSpanId());
        values.add(e.name());
        values.add(timestamp(e.startTime()));
        values.add(timestamp(e.endTime()));
        values.add(e.status().name());
        values.add(e.actor().id());
        values.add(e.actor().role());
        values.add(e.activity().id());
        values.add(e.activity().legalBasis());
        values.add(s == null ? null : s.objectType());
        values.add(s == null ? null : s.objectId());
        values.add(s == null ? null : s.dataSubjectId());
        values.add(s == null ? null : s.dataSubjectIdType());
        values.add(s == null ? null : s.confidentiality());
        values.add(c == null ? null : c.address());
        values.add(c == null ? null : c.agent());
        values.add(e.outcome());
        return values;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A database gives up waiting for the head row's lock after a while (H2 after two seconds, which a busy machine
     * reaches); a writer waits its turn instead, for up to some minutes.
     */
    private static <T> T retryingOnLockTimeout(java.util.function.Supplier<@Nullable T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = work.get();
                if (result == null) {
                    throw new IllegalStateException("no result");
                }
                return result;
            } catch (TransientDataAccessException e) {
                if (attempt >= 100) {
                    throw e;
                }
                try {
                    Thread.sleep(
                            java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 100));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Auditregels blijven wachten tot de volgende start: {}", e.getMessage());
        }
    }

    record Head(long seq, String hash) {}
}
