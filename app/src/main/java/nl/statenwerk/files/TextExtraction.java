package nl.statenwerk.files;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.statenwerk.core.RecordTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of the {@code extract-text} job: the text of one version of a file's content, written in one transaction.
 *
 * <p>A job names the content ({@code sha256}) it was scheduled for. When the file has other content by the time it
 * runs or finishes, the job writes nothing: the save that changed the content scheduled a job of its own.
 */
final class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final RecordTable<StoredFile> files;
    private final ContentStore store;
    private final TextExtractor extractor;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    TextExtraction(
            RecordTable<StoredFile> files,
            ContentStore store,
            TextExtractor extractor,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.files = files;
        this.store = store;
        this.extractor = extractor;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.events = events;
    }

    void run(UUID fileId, String sha256) throws IOException {
        StoredFile file = files.find(fileId).orElse(null);
        if (file == null || !sha256.equals(file.sha256())) {
            log.debug("Skipping text extraction of {} ({}): the file is gone or has other content", fileId, sha256);
            return;
        }
        TextExtractor.Extracted extracted = extractor.extract(store.path(sha256), file.mimeType(), file.fileName());
        TextStatus status = extracted.blank() ? TextStatus.EMPTY : TextStatus.EXTRACTED;
        transaction.executeWithoutResult(tx -> {
            int updated = jdbc.sql("""
                            update stored_file set page_count = :pages, language = :language, text_status = :status,
                                   text_error = null, modified_at = :now
                            where id = :id and sha256 = :sha256""")
                    .param("pages", extracted.pages().size())
                    .param("language", extracted.language(), java.sql.Types.VARCHAR)
                    .param("status", status.name())
                    .param("now", RecordTable.now())
                    .param("id", fileId)
                    .param("sha256", sha256)
                    .update();
            if (updated == 0) {
                return;
            }
            jdbc.sql("delete from file_page where file_id = :id")
                    .param("id", fileId)
                    .update();
            List<String> pages = extracted.pages();
            jdbcTemplate.batchUpdate(
                    "insert into file_page (file_id, page_number, text) values (?, ?, ?)",
                    IntStream.range(0, pages.size()).boxed().toList(),
                    500,
                    (statement, index) -> {
                        statement.setObject(1, fileId);
                        statement.setInt(2, index + 1);
                        statement.setString(3, pages.get(index));
                    });
            events.publishEvent(new FileTextExtracted(fileId));
        });
    }

    void fail(UUID fileId, String sha256, @Nullable Throwable cause) {
        String error = cause == null ? "Text extraction failed" : describe(cause);
        log.warn("Giving up text extraction of file {} ({}): {}", fileId, sha256, error);
        transaction.executeWithoutResult(tx -> jdbc.sql("""
                        update stored_file set text_status = :status, text_error = :error, modified_at = :now
                        where id = :id and sha256 = :sha256""")
                .param("status", TextStatus.FAILED.name())
                .param("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                .param("now", RecordTable.now())
                .param("id", fileId)
                .param("sha256", sha256)
                .update());
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
