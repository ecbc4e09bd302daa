package nl.statenwerk.files;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.StatenwerkProperties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.SAXException;

/**
 * Extracts the text of a stored file, page by page: PDFs with PDFBox (so a search hit can point to its page), any
 * other type with Apache Tika as one page. Runs as the db-scheduler task {@code extract-text}.
 */
@Configuration(proxyBeanMethods = false)
class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Path root;
    private final OneTimeTask<Void> task;

    TextExtraction(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            StatenwerkProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.root = properties.home().resolve("files");
        this.task = Tasks.oneTime("extract-text")
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        3, new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10))))
                .execute((instance, context) -> extract(UUID.fromString(instance.getId())));
    }

    @Bean
    OneTimeTask<Void> extractTextTask() {
        return task;
    }

    OneTimeTask<Void> task() {
        return task;
    }

    /** The text of each page of a file: public for the benchmark, which compares the pipeline with Tika alone. */
    static List<String> pages(Path path, @Nullable String mimeType) throws IOException {
        if ("application/pdf".equals(mimeType)) {
            try (PDDocument document = Loader.loadPDF(path.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(stripper.getText(document).strip());
                }
                return pages;
            }
        }
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(path)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException(e.getMessage(), e);
        }
        return List.of(handler.toString().strip());
    }

    void extract(UUID fileId) {
        var file = jdbc.sql("select sha256, mime_type from stored_file where id = :id")
                .param("id", fileId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (file.isEmpty() || file.get()[0] == null) {
            return;
        }
        String sha = file.get()[0];
        Path path = new ContentStore(root).path(sha);
        List<String> pages;
        try {
            pages = pages(path, file.get()[1]);
        } catch (IOException | RuntimeException e) {
            log.warn("Text extraction of file {} failed", fileId, e);
            jdbc.sql(
                            "update stored_file set text_status = 'FAILED', text_error = :error, modified_at = :now where id = :id")
                    .param(
                            "error",
                            String.valueOf(e.getMessage())
                                    .substring(
                                            0,
                                            Math.min(
                                                    1900,
                                                    String.valueOf(e.getMessage())
                                                            .length())))
                    .param("now", RecordTable.now())
                    .param("id", fileId)
                    .update();
            return;
        }
        String all = String.join("\n", pages);
        String language = Languages.detect(all);
        tx.executeWithoutResult(status -> {
            jdbc.sql("delete from file_page where file_id = :id")
                    .param("id", fileId)
                    .update();
            for (int i = 0; i < pages.size(); i++) {
                jdbc.sql("insert into file_page (file_id, page_number, text) values (:id, :n, :text)")
                        .param("id", fileId)
                        .param("n", i + 1)
                        .param("text", pages.get(i).replace('\u0000', ' '))
                        .update();
            }
            jdbc.sql("update stored_file set text_status = :status, text_error = null, page_count = :pages,"
                            + " language = :language, modified_at = :now where id = :id")
                    .param("status", all.isBlank() ? TextStatus.EMPTY.name() : TextStatus.EXTRACTED.name())
                    .param("pages", pages.size())
                    .param("language", language)
                    .param("now", RecordTable.now())
                    .param("id", fileId)
                    .update();
            events.publishEvent(new FileTextExtracted(fileId));
        });
    }
}
