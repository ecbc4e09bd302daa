package nl.statenwerk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@StatenwerkTest
class AuditLogIntegrationTest {

    @Autowired
    JdbcAuditLog log;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private final AuditContext context = AuditContext.start(
            Actor.account(UUID.randomUUID()), ProcessingActivity.CONFIDENTIAL_ACCESS, Client.of("192.0.2.17", "curl"));

    @BeforeEach
    void emptyLog() {
        log.drain();
        withoutGuard(() -> {
            jdbc.update("delete from audit_entry");
            jdbc.update("delete from audit_pending");
            jdbc.update("update audit_chain_head set seq = 0, hash = ? where id = 1", Entry.GENESIS);
        });
    }

    @Test
    void aFreshLogVerifies() {
        ChainVerifier.Verification result = verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @Test
    void aLongChainOfChangesAndReadsVerifies() {
        for (int t = 0; t < 5; t++) {
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < 1500; i++) {
                    log.record(event("paper-gewijzigd\nmet \"tekens\" \\ en \u0001"));
                }
            });
            log.recordNow(event("stuk-gelezen"));
        }
        log.drain();
        ChainVerifier.Verification result = verifier.verify(List.of(), 700, n -> {});
        assertThat(result.firstBreak()).isNull();
        assertThat(result.checked()).isEqualTo(7505);
        assertThat(result.headSeq()).isEqualTo(7505);
    }

    @Test
    void aChangeRolledBackLeavesNoEntry() {
        try {
            tx.executeWithoutResult(status -> {
                log.record(event("paper-gewijzigd"));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the change and its entry are gone together
        }
        log.drain();
        assertThat(count()).isZero();
    }

    @Test
    void changingAnyFieldOfAnEntryIsDetectedAtThatEntry() {
        List<String> columns = new ArrayList<>(Entry.COLUMNS);
        for (String column : columns) {
            emptyLog();
            appendEntries(12);
            String value = column.endsWith("_time") || column.equals("recorded_at")
                    ? "timestamp with time zone '2001-01-01 00:00:00+00'"
                    : column.equals("parent_span_id") || column.equals("span_id")
                            ? "'0123456789abcdef'"
                            : column.equals("trace_id") ? "'0123456789abcdef0123456789abcdef'" : "'X'";
            withoutGuard(() -> jdbc.update("update audit_entry set " + column + " = " + value + " where seq = 7"));
            ChainVerifier.Break found = verify().firstBreak();
            assertThat(found).as(column).isNotNull();
            assertThat(found.seq()).as(column).isEqualTo(7);
            assertThat(found.kind()).as(column).isEqualTo(ChainVerifier.Kind.CHANGED);
            assertThat(found.found()).isNotEqualTo(found.expected());
        }
    }

    @Test
    void aChangedSequenceNumberOrHashIsDetected() {
        appendEntries(10);
        withoutGuard(() -> jdbc.update("update audit_entry set hash = ? where seq = 4", "f".repeat(64)));
        assertThat(verify().firstBreak().seq()).isEqualTo(4);

        emptyLog();
        appendEntries(10);
        withoutGuard(() -> jdbc.update("update audit_entry set previous_hash = ? where seq = 6", "e".repeat(64)));
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.seq()).isEqualTo(6);
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.CHANGED);
    }

    @Test
    void aRemovedEntryIsDetected() {
        appendEntries(10);
        withoutGuard(() -> jdbc.update("delete from audit_entry where seq = 5"));
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.REMOVED);
        assertThat(found.seq()).isEqualTo(5);
    }

    @Test
    void aRemovedEntryIsDetectedAlsoWhenTheRestIsRenumbered() {
        appendEntries(10);
        withoutGuard(() -> {
            jdbc.update("delete from audit_entry where seq = 5");
            jdbc.update("update audit_entry set seq = seq - 1 where seq > 5");
            jdbc.update("update audit_chain_head set seq = 9 where id = 1");
        });
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.REMOVED);
        assertThat(found.seq()).isEqualTo(5);
    }

    @Test
    void removedEntriesAtTheEndAreDetected() {
        appendEntries(10);
        withoutGuard(() -> jdbc.update("delete from audit_entry where seq >= 9"));
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.REMOVED);
        assertThat(found.seq()).isEqualTo(9);
    }

    @Test
    void anInsertedEntryIsDetected() {
        appendEntries(10);
        // a forged entry after the end, with a correct hash, but the head row not moved
        Entry forged = Entry.chain(11, event("stuk-gelezen"), Instant.now(), headHash());
        insertRaw(forged);
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.INSERTED);
        assertThat(found.seq()).isEqualTo(11);
    }

    @Test
    void anEntryInsertedInTheMiddleIsDetected() {
        appendEntries(10);
        String hashOf5 = jdbc.queryForObject("select hash from audit_entry where seq = 5", String.class);
        withoutGuard(() -> {
            jdbc.update("update audit_entry set seq = seq + 100 where seq > 5");
            jdbc.update("update audit_entry set seq = seq - 99 where seq > 100");
        });
        insertRaw(Entry.chain(6, event("stuk-gelezen"), Instant.now(), hashOf5));
        withoutGuard(() -> jdbc.update("update audit_chain_head set seq = 11 where id = 1"));
        ChainVerifier.Break found = verify().firstBreak();
        assertThat(found.kind()).isEqualTo(ChainVerifier.Kind.INSERTED);
        assertThat(found.seq()).isEqualTo(6);
    }

    @Test
    void anAnchorCatchesAChainRecomputedFromAnEntryOn() {
        appendEntries(5);
        String hashOf3 = jdbc.queryForObject("select hash from audit_entry where seq = 3", String.class);
        // rewrite entry 3 and everything after it with correct hashes, and the head row too
        List<Entry> entries = new ArrayList<>();
        String previous = jdbc.queryForObject("select hash from audit_entry where seq = 2", String.class);
        for (long seq = 3; seq <= 5; seq++) {
            Entry entry = Entry.chain(seq, event("vervalst"), Instant.now(), previous);
            entries.add(entry);
            previous = entry.hash();
        }
        String last = previous;
        withoutGuard(() -> {
            jdbc.update("delete from audit_entry where seq >= 3");
            jdbc.update("update audit_chain_head set hash = ? where id = 1", last);
        });
        entries.forEach(this::insertRaw);
        assertThat(verify().intact()).isTrue();
        ChainVerifier.Break found = verifier.verify(List.of(new ChainVerifier.Anchor(3, hashOf3)), 1000, n -> {})
                .firstBreak();
        assertThat(found.seq()).isEqualTo(3);
    }

    @Test
    void concurrentWritersMakeOneUnbrokenChain() throws Exception {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            writers.add(() -> {
                for (int i = 0; i < 100; i++) {
                    log.recordNow(event("stuk-gelezen"));
                }
                return null;
            });
            writers.add(() -> {
                for (int t = 0; t < 10; t++) {
                    tx.executeWithoutResult(status -> {
                        for (int i = 0; i < 10; i++) {
                            log.record(event("paper-gewijzigd"));
                        }
                    });
                    log.drain();
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(12)) {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        }
        log.drain();
        ChainVerifier.Verification result = verify();
        assertThat(result.firstBreak()).isNull();
        assertThat(result.checked()).isEqualTo(1200);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from audit_entry", Long.class))
                .isEqualTo(1200);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEntries() {
        appendEntries(3);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set outcome = 'x' where seq = 2"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where seq = 2"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        if (TestDatabase.onPostgres()) {
            assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("append-only");
        }
        assertThat(verify().intact()).isTrue();
    }

    private ChainVerifier.Verification verify() {
        return verifier.verify(List.of(), 4, n -> {});
    }

    private void appendEntries(int n) {
        for (int i = 0; i < n; i++) {
            log.recordNow(event("stuk-gelezen"));
        }
    }

    private AuditEvent event(String name) {
        return context.event(
                name,
                Instant.now(),
                AuditEvent.Status.OK,
                new Subject("Paper", UUID.randomUUID().toString(), null, null, "vertrouwelijk"),
                "getoond");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private String headHash() {
        return jdbc.queryForObject("select hash from audit_chain_head", String.class);
    }

    private void insertRaw(Entry entry) {
        AuditEvent e = entry.event();
        jdbc.update(
                "insert into audit_entry (seq, trace_id, span_id, parent_span_id, name, start_time, end_time, status,"
                        + " actor_id, actor_role, processing_activity_id, legal_basis, object_type, object_id,"
                        + " data_subject_id, data_subject_id_type, confidentiality, client_address, client_agent,"
                        + " outcome, recorded_at, previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.seq(),
                e.traceId(),
                e.spanId(),
                e.parentSpanId(),
                e.name(),
                e.startTime().atOffset(java.time.ZoneOffset.UTC),
                e.endTime().atOffset(java.time.ZoneOffset.UTC),
                e.status().name(),
                e.actor().id(),
                e.actor().role(),
                e.activity().id(),
                e.activity().legalBasis(),
                e.subject().objectType(),
                e.subject().objectId(),
                null,
                null,
                e.subject().confidentiality(),
                e.client().address(),
                e.client().agent(),
                e.outcome(),
                entry.recordedAt().atOffset(java.time.ZoneOffset.UTC),
                entry.previousHash(),
                entry.hash());
    }

    /** Tampers as someone with the database owner's rights would: with the append-only guard switched off. */
    private void withoutGuard(Runnable tamper) {
        if (TestDatabase.onPostgres()) {
            jdbc.execute("alter table audit_entry disable trigger user");
            try {
                tamper.run();
            } finally {
                jdbc.execute("alter table audit_entry enable trigger user");
            }
        } else {
            jdbc.execute("drop trigger audit_entry_append_only");
            try {
                tamper.run();
            } finally {
                jdbc.execute("create trigger audit_entry_append_only before update, delete on audit_entry"
                        + " for each row call 'nl.statenwerk.audit.internal.H2AppendOnlyTrigger'");
            }
        }
    }
}
