package nl.statenwerk.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What one import run shares: the stores, the report, progress, and the ids resolved so far. */
final class ImportContext {

    private static final int CHUNK = 200;

    final Council council;
    final FileCatalog files;
    final SourceFiles sourceFiles;
    final JsonMapper json;
    final ReportLines report = new ReportLines();
    final ImportListener listener;
    final Path tempDir;
    final Set<UUID> storedFileIds = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate tx;
    private final TransactionTemplate nested;
    private final TransactionTemplate independent;
    /** Ids of objects committed in this import; staged per object and per chunk until those commit. */
    private final Map<String, UUID> ids = new HashMap<>();

    private final Map<String, UUID> chunkIds = new HashMap<>();
    private final Map<String, UUID> objectIds = new HashMap<>();

    ImportContext(
            Council council,
            FileCatalog files,
            SourceFiles sourceFiles,
            JsonMapper json,
            TransactionTemplate tx,
            ImportListener listener,
            Path tempDir) {
        this.council = council;
        this.files = files;
        this.sourceFiles = sourceFiles;
        this.json = json;
        this.tx = tx;
        this.nested = new TransactionTemplate(tx.getTransactionManager());
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.independent = new TransactionTemplate(tx.getTransactionManager());
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.listener = listener;
        this.tempDir = tempDir;
    }

    /**
     * Imports each object of a collection all-or-nothing: each in a nested transaction (a savepoint) inside a
     * transaction per chunk of objects, so a failure rolls back everything that one object wrote and becomes a report
     * line, while commits stay few. Should a chunk fail to commit as a whole, its objects are done again one by one.
     *
     * @param write writes one object and says what happened; its source id is read from {@code idField}
     */
    void each(String collection, List<JsonNode> nodes, String idField, Function<JsonNode, Upserted> write) {
        listener.phase(collection, nodes.size());
        for (int start = 0; start < nodes.size(); start += CHUNK) {
            List<JsonNode> chunk = nodes.subList(start, Math.min(nodes.size(), start + CHUNK));
            List<ImportReport.Line> lines = new ArrayList<>();
            try {
                tx.executeWithoutResult(outer -> {
                    for (JsonNode node : chunk) {
                        lines.add(one(collection, node, idField, write, nested));
                    }
                });
                ids.putAll(chunkIds);
                lines.forEach(report::add);
            } catch (RuntimeException e) {
                chunkIds.clear();
                for (JsonNode node : chunk) {
                    report.add(one(collection, node, idField, write, tx));
                    ids.putAll(chunkIds);
                    chunkIds.clear();
                }
            } finally {
                chunkIds.clear();
            }
            chunk.forEach(node -> listener.step());
        }
    }

    private ImportReport.Line one(
            String collection,
            JsonNode node,
            String idField,
            Function<JsonNode, Upserted> write,
            TransactionTemplate template) {
        String sourceId = node.isObject()
                        && node.get(idField) != null
                        && node.get(idField).isString()
                ? node.get(idField).asString()
                : null;
        objectIds.clear();
        try {
            Upserted result = template.execute(status -> write.apply(node));
            chunkIds.putAll(objectIds);
            return new ImportReport.Line(
                    collection,
                    sourceId,
                    ImportReport.Outcome.valueOf(result.outcome().name()),
                    null);
        } catch (ObjectFailure e) {
            return new ImportReport.Line(collection, sourceId, ImportReport.Outcome.FAILED, e.getMessage());
        } catch (DataAccessException e) {
            return new ImportReport.Line(
                    collection, sourceId, ImportReport.Outcome.FAILED, "opslaan mislukt: " + rootMessage(e));
        } finally {
            objectIds.clear();
        }
    }

    /**
     * Runs work in a transaction of its own that commits whatever becomes of the object being imported, for shared
     * objects that many import objects refer to, such as the body they belong to.
     */
    <T> T independently(java.util.function.Supplier<T> work) {
        return independent.execute(status -> work.get());
    }

    /** Runs work in one transaction, e.g. the links of an object written before. */
    void inTransaction(Runnable work) {
        tx.executeWithoutResult(status -> work.run());
    }

    /**
     * Writes an imported object: its change hash from the source record (plus any extra parts, such as a file's
     * hash), its id remembered for later references, and the source record kept when it changed.
     */
    Upserted store(Record object, String sourceId, JsonNode node, String... extra) {
        return recorded(object.getClass(), sourceId, node, council.save(object, hash(node, extra)));
    }

    /** What {@link #store} does after the write, for an object written otherwise. */
    Upserted recorded(Class<?> type, String sourceId, JsonNode node, Upserted saved) {
        remember(type, sourceId, saved.id());
        if (saved.outcome() != UpsertOutcome.UNCHANGED) {
            council.keepSourceRecord(saved.id(), type.getSimpleName(), sourceId, raw(node));
        }
        return saved;
    }

    /** Remembers the stored id of a source object, so later references resolve without a query. */
    void remember(Class<?> type, String sourceId, UUID id) {
        // Staged with the object, so an id whose object is rolled back is never resolved to.
        objectIds.put(type.getSimpleName() + "|" + sourceId, id);
    }

    /** The stored id of a referenced object, which must exist: from this import or an earlier one. */
    <T extends Record> UUID resolve(Class<T> type, String sourceId, String field) {
        String key = type.getSimpleName() + "|" + sourceId;
        UUID known = objectIds.containsKey(key)
                ? objectIds.get(key)
                : chunkIds.containsKey(key) ? chunkIds.get(key) : ids.get(key);
        if (known != null) {
            return known;
        }
        return council.idOf(type, sourceId)
                .map(id -> {
                    remember(type, sourceId, id);
                    return id;
                })
                .orElseThrow(() -> new ObjectFailure("veld '" + field + "' verwijst naar onbekend object " + sourceId));
    }

    /** SHA-256 of the object's canonical JSON (keys sorted), plus any extra parts such as a file's hash. */
    String hash(JsonNode node, String... extra) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(canonical(node)));
            for (String part : extra) {
                digest.update((byte) 0);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Map<String, Object> sorted = new TreeMap<>();
            object.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            return sorted;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }

    String raw(JsonNode node) {
        return json.writeValueAsString(node);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
