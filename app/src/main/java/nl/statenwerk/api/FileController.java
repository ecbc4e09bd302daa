package nl.statenwerk.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.statenwerk.access.Reading;
import nl.statenwerk.access.Readings;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.access.Watermark;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of files at {@code /api/files/{id}/{fileName}}; the name in the URL is for the reader's browser and not
 * checked. A public file's ETag is the content's SHA-256, so it changes exactly when the content does. A file that is
 * not public goes only to a signed-in reader who may read one of its papers ({@code Readings.file}), is recorded in the
 * audit log first and is never kept by a cache; a geheim one is a copy watermarked with the reader's name and the
 * time (only PDFs: other geheime files are not handed out). Everybody else gets the 404 of an unknown file.
 */
@RestController
class FileController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final FileCatalog catalog;
    private final Viewers viewers;
    private final Readings readings;
    private final Accounts accounts;

    FileController(FileCatalog catalog, Viewers viewers, Readings readings, Accounts accounts) {
        this.catalog = catalog;
        this.viewers = viewers;
        this.readings = readings;
        this.accounts = accounts;
    }

    @GetMapping("/api/files/{id}/{fileName}")
    ResponseEntity<Resource> download(
            @PathVariable String id,
            @PathVariable String fileName,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch)
            throws IOException {
        UUID fileId = OriController.parseId(id);
        StoredFile file = catalog.find(fileId)
                .filter(f -> f.deletedAt() == null && f.sha256() != null)
                .orElseThrow(ApiProblem::notFound);
        Viewer viewer = viewers.current();
        Reading reading = readings.file(viewer, fileId).orElseThrow(ApiProblem::notFound);
        String sha256 = java.util.Objects.requireNonNull(file.sha256());
        var disposition = ContentDisposition.inline()
                .filename(PublicFiles.fileName(file), StandardCharsets.UTF_8)
                .build()
                .toString();
        if (!reading.isPublic()) {
            boolean pdf = "application/pdf".equals(file.mimeType());
            if (reading.watermarked() && !pdf) {
                throw ApiProblem.askTheGriffie();
            }
            readings.recordRead(
                    viewer,
                    "StoredFile",
                    fileId,
                    reading,
                    reading.watermarked() ? "bestand-gedownload-met-watermerk" : "bestand-gedownload");
            var response = ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .contentType(mediaType(file.mimeType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition);
            if (reading.watermarked()) {
                String reader = accounts.find(java.util.Objects.requireNonNull(viewer.account()))
                        .map(UserAccount::displayName)
                        .orElse("onbekende lezer");
                try (InputStream content = catalog.open(sha256)) {
                    return response.body(
                            new ByteArrayResource(Watermark.apply(content, reader, ZonedDateTime.now(AMSTERDAM))));
                }
            }
            return response.body(new InputStreamResource(catalog.open(sha256)));
        }
        String etag = "\"" + sha256 + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        InputStream content = catalog.open(sha256);
        var response = ResponseEntity.ok()
                .eTag(etag)
                .contentType(mediaType(file.mimeType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition);
        if (file.sizeBytes() != null) {
            response.contentLength(file.sizeBytes());
        }
        return response.body(new InputStreamResource(content));
    }

    private static MediaType mediaType(@Nullable String mimeType) {
        try {
            return mimeType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(mimeType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
