package nl.statenwerk.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.files.FileCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results in {@code conformance_check} and {@code conformance_failure}, checks through {@link PdfValidator}.
 *
 * <p>The overview reads the council's {@code paper} and {@code paper_file} tables and the files' {@code stored_file}
 * in SQL, with the portal's public rule (a paper's {@code is_public}, which the council computes, not deleted; a file of
 * no non-public paper, as {@code Council.isFilePublic}): counting, filtering and paging over every public document
 * needs one query, not one call per paper.
 */
final class JdbcConformance implements Conformance {

    private static final Logger log = LoggerFactory.getLogger(JdbcConformance.class);

    static final String PDF = "application/pdf";

    /** The public PDFs of papers, one row per paper and file. */
    private static final String PUBLIC_DOCUMENTS = """
            select p.body_id, p.id as paper_id, p.name as paper_name, f.id as file_id,
                   coalesce(f.name, f.file_name, 'bestand') as file_name, f.sha256
            from paper p
            join paper_file pf on pf.paper_id = p.id
            join stored_file f on f.id = pf.file_id
            where p.is_public and p.deleted_at is null and f.deleted_at is null and f.sha256 is not null
              and f.mime_type = 'application/pdf'
              and not exists (select 1 from paper_file other join paper op on op.id = other.paper_id
                              where other.file_id = f.id and not op.is_public)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final FileCatalog files;
    private final PdfValidator validator;
    private final long maxBytes;

    JdbcConformance(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            FileCatalog files,
            PdfValidator validator,
            long maxBytes) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.files = files;
        this.validator = validator;
        this.maxBytes = maxBytes;
    }

    @Override
    public Map<String, List<ConformanceResult>> results(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Map.of();
        }
        List<String> hashes = List.copyOf(new java.util.LinkedHashSet<>(sha256s));
        Map<String, List<ConformanceResult>> results = new LinkedHashMap<>();
        // in chunks: an IN list has limits on both databases
        for (int from = 0; from < hashes.size(); from += 500) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 500));
            Map<Key, List<FailedRule>> failures = failures(chunk);
            jdbc.sql("select * from conformance_check where sha256 in (:hashes) order by sha256, standard")
                    .param("hashes", chunk)
                    .query((rs, n) -> result(rs, failures))
                    .list()
                    .forEach(r -> results.computeIfAbsent(r.sha256(), k -> new ArrayList<>())
                            .add(r));
        }
        return results;
    }

    /** Whether the content has a result for every standard from this validator version: then it is not checked again. */
    boolean isChecked(String sha256) {
        return jdbc.sql("select count(*) from conformance_check where sha256 = :sha and validator_version = :version")
                        .param("sha", sha256)
                        .param("version", PdfValidator.version())
                        .query(Long.class)
                        .single()
                >= Standard.values().length;
    }

    @Override
    public List<ConformanceResult> check(String sha256) {
        List<PdfValidator.Check> checks = validate(sha256);
        OffsetDateTime now = RecordTable.now();
        String version = PdfValidator.version();
        List<ConformanceResult> results = checks.stream()
                .map(c -> new ConformanceResult(
                        sha256,
                        c.standard(),
                        c.profile(),
                        c.outcome(),
                        c.failedChecks(),
                        c.failedRules(),
                        c.error(),
                        c.errorDetail(),
                        version,
                        now))
                .toList();
        try {
            transaction.executeWithoutResult(tx -> write(sha256, results));
        } catch (DataIntegrityViolationException e) {
            // another instance (the job, the command) wrote the same content's results at the same moment: its
            // results are as good as these
            log.debug("Results of {} were written concurrently", sha256, e);
        }
        return results;
    }

    private List<PdfValidator.Check> validate(String sha256) {
        Path copy = null;
        try {
            // veraPDF reads a PDF by random access: a bounded copy of the content to a temporary file
            copy = Files.createTempFile("statenwerk-conformance-", ".pdf");
            try (InputStream in = files.open(sha256);
                    OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        return tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return validator.check(copy);
        } catch (IOException e) {
            log.warn("Content {} could not be read for its conformance check: {}", sha256, e.toString());
            return notCheckable(CheckError.FAILED, e.toString());
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    log.debug("Temporary copy {} not deleted", copy, e);
                }
            }
        }
    }

    private static List<PdfValidator.Check> tooLarge(long maxBytes) {
        return notCheckable(CheckError.TOO_LARGE, "more than " + maxBytes + " bytes");
    }

    private static List<PdfValidator.Check> notCheckable(CheckError error, String detail) {
        return List.of(
                PdfValidator.Check.notCheckable(Standard.ACCESSIBILITY, PdfValidator.UA_PROFILE, error, detail),
                PdfValidator.Check.notCheckable(
                        Standard.ARCHIVAL, PdfValidator.profileName(PdfValidator.DEFAULT_ARCHIVAL), error, detail));
    }

    private void write(String sha256, List<ConformanceResult> results) {
        jdbc.sql("delete from conformance_failure where sha256 = :sha")
                .param("sha", sha256)
                .update();
        jdbc.sql("delete from conformance_check where sha256 = :sha")
                .param("sha", sha256)
                .update();
        for (ConformanceResult r : results) {
            jdbc.sql("""
                            insert into conformance_check (sha256, standard, profile, outcome, failed_checks, error,
                                error_detail, validator_version, checked_at)
                            values (:sha, :standard, :profile, :outcome, :failed, :error, :detail, :version, :at)""")
                    .param("sha", sha256)
                    .param("standard", r.standard().name())
                    .param("profile", r.profile())
                    .param("outcome", r.outcome().name())
                    .param("failed", r.failedChecks())
                    .param("error", r.error() == null ? null : r.error().name(), java.sql.Types.VARCHAR)
                    .param("detail", truncate(r.errorDetail(), 2000), java.sql.Types.VARCHAR)
                    .param("version", r.validatorVersion())
                    .param("at", r.checkedAt())
                    .update();
            for (FailedRule rule : r.failedRules()) {
                jdbc.sql("""
                                insert into conformance_failure (sha256, standard, specification, clause, test_number,
                                    description, failed_count, topic)
                                values (:sha, :standard, :spec, :clause, :test, :description, :count, :topic)""")
                        .param("sha", sha256)
                        .param("standard", r.standard().name())
                        .param("spec", truncate(rule.specification(), 100))
                        .param("clause", truncate(rule.clause(), 40))
                        .param("test", rule.testNumber())
                        .param("description", truncate(rule.description(), 4000))
                        .param("count", rule.count())
                        .param("topic", rule.topic(), java.sql.Types.VARCHAR)
                        .update();
            }
        }
    }

    @Override
    public List<String> storedPdfs() {
        return jdbc.sql("""
                        select distinct sha256 from stored_file
                        where mime_type = :pdf and deleted_at is null and sha256 is not null order by sha256""").param("pdf", PDF).query(String.class).list();
    }

    @Override
    public ConformanceOverview overview(ConformanceOverview.Query query) {
        List<ConformanceOverview.BodySummary> bodies = jdbc.sql("select d.body_id, b.name, count(*) as documents,"
                        + " sum(case when ua.outcome in ('PASSED', 'FAILED') then 1 else 0 end) as ua_checked,"
                        + " sum(case when ua.outcome = 'PASSED' then 1 else 0 end) as ua_passed,"
                        + " sum(case when a.outcome in ('PASSED', 'FAILED') then 1 else 0 end) as a_checked,"
                        + " sum(case when a.outcome = 'PASSED' then 1 else 0 end) as a_passed"
                        + " from (" + PUBLIC_DOCUMENTS + ") d join body b on b.id = d.body_id"
                        + " left join conformance_check ua on ua.sha256 = d.sha256 and ua.standard = 'ACCESSIBILITY'"
                        + " left join conformance_check a on a.sha256 = d.sha256 and a.standard = 'ARCHIVAL'"
                        + " group by d.body_id, b.name order by b.name")
                .query((rs, n) -> new ConformanceOverview.BodySummary(
                        rs.getObject("body_id", UUID.class),
                        rs.getString("name"),
                        rs.getLong("documents"),
                        rs.getLong("ua_checked"),
                        rs.getLong("ua_passed"),
                        rs.getLong("a_checked"),
                        rs.getLong("a_passed")))
                .list();

        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.bodyId() != null) {
            where.append(" and d.body_id = :body");
            params.put("body", query.bodyId());
        }
        if (query.standard() != null) {
            where.append(" and c.standard = :standard");
            params.put("standard", query.standard().name());
        }
        if (query.outcome() != null) {
            where.append(" and c.outcome = :outcome");
            params.put("outcome", query.outcome().name());
        }
        String from = " from (" + PUBLIC_DOCUMENTS + ") d join body b on b.id = d.body_id"
                + " join conformance_check c on c.sha256 = d.sha256" + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        record Row(
                UUID bodyId,
                String bodyName,
                UUID paperId,
                String paperName,
                UUID fileId,
                String fileName,
                String sha256,
                String standard) {}
        List<Row> rows = jdbc.sql("select d.body_id, b.name as body_name, d.paper_id, d.paper_name, d.file_id,"
                        + " d.file_name, d.sha256, c.standard" + from
                        + " order by b.name, d.paper_name, d.paper_id, d.file_name, d.file_id, c.standard"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query((rs, n) -> new Row(
                        rs.getObject("body_id", UUID.class),
                        rs.getString("body_name"),
                        rs.getObject("paper_id", UUID.class),
                        rs.getString("paper_name"),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("sha256"),
                        rs.getString("standard")))
                .list();
        Map<String, List<ConformanceResult>> results =
                results(rows.stream().map(Row::sha256).toList());
        List<ConformanceOverview.Document> documents = new ArrayList<>();
        for (Row row : rows) {
            results.getOrDefault(row.sha256(), List.of()).stream()
                    .filter(r -> r.standard().name().equals(row.standard()))
                    .findFirst()
                    .ifPresent(r -> documents.add(new ConformanceOverview.Document(
                            row.bodyId(),
                            row.bodyName(),
                            row.paperId(),
                            row.paperName(),
                            row.fileId(),
                            row.fileName(),
                            r)));
        }
        return new ConformanceOverview(bodies, total, documents);
    }

    private record Key(String sha256, String standard) {}

    private Map<Key, List<FailedRule>> failures(List<String> hashes) {
        Map<Key, List<FailedRule>> failures = new HashMap<>();
        jdbc.sql("select * from conformance_failure where sha256 in (:hashes)"
                        + " order by failed_count desc, clause, test_number")
                .param("hashes", hashes)
                .query((ResultSet rs) -> {
                    failures.computeIfAbsent(
                                    new Key(rs.getString("sha256"), rs.getString("standard")), k -> new ArrayList<>())
                            .add(new FailedRule(
                                    rs.getString("specification"),
                                    rs.getString("clause"),
                                    rs.getInt("test_number"),
                                    rs.getString("description"),
                                    rs.getInt("failed_count"),
                                    rs.getString("topic")));
                });
        return failures;
    }

    private static ConformanceResult result(ResultSet rs, Map<Key, List<FailedRule>> failures) throws SQLException {
        String sha256 = rs.getString("sha256");
        String standard = rs.getString("standard");
        String error = rs.getString("error");
        return new ConformanceResult(
                sha256,
                Standard.valueOf(standard),
                rs.getString("profile"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("failed_checks"),
                failures.getOrDefault(new Key(sha256, standard), List.of()),
                error == null ? null : CheckError.valueOf(error),
                rs.getString("error_detail"),
                rs.getString("validator_version"),
                rs.getObject("checked_at", OffsetDateTime.class));
    }

    private static @org.jspecify.annotations.Nullable String truncate(
            @org.jspecify.annotations.Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
