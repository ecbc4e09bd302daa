package nl.statenwerk.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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
 * Downloads of public files at {@code /api/files/{id}/{fileName}}; the name in the URL is for the reader's browser
 * and not checked. The ETag is the content's SHA-256, so it changes exactly when the content does.
 */
@RestController
class FileController {

    private final PublicFiles files;
    private final FileCatalog catalog;

    FileController(PublicFiles files, FileCatalog catalog) {
        this.files = files;
        this.catalog = catalog;
    }

    @GetMapping("/api/files/{id}/{fileName}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable String id,
            @PathVariable String fileName,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch)
            throws IOException {
        StoredFile file = files.find(OriController.parseId(id)).orElseThrow(ApiProblem::notFound);
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        InputStream content = catalog.open(file.sha256());
        var response = ResponseEntity.ok()
                .eTag(etag)
                .contentType(mediaType(file.mimeType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(PublicFiles.fileName(file), StandardCharsets.UTF_8)
                                .build()
                                .toString());
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
