package nl.statenwerk.search;

import java.util.List;
import java.util.UUID;
import nl.statenwerk.access.AccessKeys;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.CouncilObjectChanged;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Slice;
import nl.statenwerk.files.FileTextExtracted;
import nl.statenwerk.search.SearchProjection.Root;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the engine a projection of the database: follows the council's changes and extracted file text, each
 * committed before the event counts as handled (so Spring Modulith republishes it after a crash), and rebuilds on
 * start when the last rebuild did not finish.
 */
@Service
class SearchService implements SearchIndex, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchProjection projection;
    private final Council council;
    private final SearchEngine.Opener opener;
    private final AuditLog audit;
    private volatile SearchEngine engine;

    /** Database reads of the indexing threads at once: as many as there were indexing threads before they waited apart. */
    static final int READERS = 2;

    private final java.util.concurrent.Semaphore readers = new java.util.concurrent.Semaphore(READERS);
    private final Object[] stripes =
            java.util.stream.Stream.generate(Object::new).limit(64).toArray();
    private final TransactionTemplate readOnly;

    SearchService(
            SearchProjection projection,
            Council council,
            SearchEngine.Opener opener,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.projection = projection;
        this.council = council;
        this.opener = opener;
        this.audit = audit;
        this.engine = opener.open();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return engine.search(query);
    }

    @Override
    public SearchResult search(SearchQuery query, Viewer reader) {
        java.time.Instant start = java.time.Instant.now();
        SearchResult result = engine.search(query, AccessKeys.of(reader));
        // a hit that is not public shows its title and a passage of its text: a read, on record before it is shown
        for (SearchResult.Hit hit : result.hits()) {
            if (hit.level() != null && reader.account() != null) {
                audit.recordNow(
                        AuditContext.within(ProcessingActivity.CONFIDENTIAL_ACCESS, Actor.account(reader.account()))
                                .event(
                                        "zoekresultaat-niet-openbaar",
                                        start,
                                        AuditEvent.Status.OK,
                                        Subject.object("Paper", hit.id()).withConfidentiality(hit.level()),
                                        "getoond in zoekresultaten"));
            }
        }
        return result;
    }

    @Override
    public List<String> suggest(String prefix, int max) {
        return engine.suggest(prefix, max);
    }

    @Override
    public List<String> suggest(String prefix, int max, Viewer reader) {
        return engine.suggest(prefix, max, AccessKeys.of(reader));
    }

    @Override
    public synchronized void rebuild(ProgressListener progress) {
        SearchEngine target = engine;
        long total = 0;
        for (var type : SearchProjection.ROOTS) {
            total += count(type);
        }
        progress.start(total);
        target.beginRebuild();
        // projecting an object is a handful of database reads: a few threads keep the database and the index busy
        try (var workers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().name("search-rebuild-", 0).factory())) {
            for (var type : SearchProjection.ROOTS) {
                Cursor after = null;
                do {
                    Slice<? extends Record> slice =
                            council.list(type, new ListQuery(null, null, after, 500, true, false));
                    List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                    for (Record object : slice.items()) {
                        UUID id = idOf(object);
                        done.add(workers.submit(() -> {
                            target.replace(id.toString(), projection.documents(type, id));
                            progress.step();
                        }));
                    }
                    for (var task : done) {
                        task.get();
                    }
                    after = slice.next();
                } while (after != null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        target.finishRebuild();
    }

    private long count(Class<? extends Record> type) {
        long count = 0;
        Cursor after = null;
        do {
            Slice<? extends Record> slice = council.list(type, new ListQuery(null, null, after, 1000, true, false));
            count += slice.items().size();
            after = slice.next();
        } while (after != null);
        return count;
    }

    static UUID idOf(Record object) {
        try {
            return (UUID) object.getClass().getMethod("id").invoke(object);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenIncomplete() {
        // in the background: searches answer meanwhile, from what the index already holds
        Thread.ofVirtual().name("search-recovery").start(() -> {
            try {
                recover();
            } catch (RuntimeException e) {
                log.error("Opbouwen van de zoekindex mislukt; de volgende start probeert het opnieuw", e);
            }
        });
    }

    /** Rebuilds when the index does not hold a finished rebuild: new, of an older schema, or interrupted. */
    synchronized void recover() {
        if (!engine.isComplete()) {
            log.info("Zoekindex wordt opgebouwd uit de database");
            rebuild(ProgressListener.NONE);
        }
    }

    // as @ApplicationModuleListener, but on the module's own threads: an import publishes thousands of events, and one
    // virtual thread each would wait for more database connections than the pool has
    @Async(SearchConfiguration.INDEXING)
    @TransactionalEventListener
    void on(CouncilObjectChanged event) {
        reindex(read(() -> projection.affectedBy(event.type(), event.id())));
    }

    @Async(SearchConfiguration.INDEXING)
    @TransactionalEventListener
    void on(FileTextExtracted event) {
        reindex(read(() -> projection.papersOfFile(event.fileId())));
    }

    /**
     * Projects each root and writes it, then waits for a commit that holds it: the event counts as handled only
     * then. The commit is outside any transaction and lock, so while one thread commits the others project and
     * write, and the next commit holds all their changes at once (during an import, many events to a commit).
     */
    private void reindex(List<Root> roots) {
        if (roots.isEmpty()) {
            return;
        }
        SearchEngine target = engine;
        long change = -1;
        for (Root root : roots) {
            // two events of one root may be handled at once; in turn, the later read is at least as new as the event
            // it follows, and the last write is of the last read
            synchronized (stripes[Math.floorMod(root.id().hashCode(), stripes.length)]) {
                List<SearchDocument> documents = read(() -> projection.documents(root.type(), root.id()));
                change = target.replace(root.id().toString(), documents);
            }
        }
        target.commit(change);
    }

    /** A read-only transaction of its own, at most {@link #READERS} at a time, so that indexing leaves the pool room. */
    private <T> T read(java.util.function.Supplier<T> read) {
        try {
            readers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
        try {
            return java.util.Objects.requireNonNull(readOnly.execute(status -> read.get()));
        } finally {
            readers.release();
        }
    }

    boolean isComplete() {
        return engine.isComplete();
    }

    /** For the crash test: loses what was not committed, as a killed process would, and opens the index again. */
    synchronized void crashAndReopen() {
        engine.abandon();
        engine = opener.open();
    }

    @Override
    public void destroy() {
        engine.close();
    }
}
