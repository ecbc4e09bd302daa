package nl.statenwerk.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** The files the public may see: stored, not deleted, and attached to no paper that is not public. */
@Component
class PublicFiles {

    private final FileCatalog catalog;
    private final Council council;
    private final String baseUrl;

    PublicFiles(FileCatalog catalog, Council council, StatenwerkProperties properties) {
        this.catalog = catalog;
        this.council = council;
        this.baseUrl = properties.baseUrl();
    }

    Optional<StoredFile> find(UUID id) {
        return catalog.find(id).filter(f -> f.deletedAt() == null).filter(this::isPublic);
    }

    /** Whether a file may be shown, soft-deleted or not (sync lists report deletions). */
    boolean isPublic(StoredFile file) {
        return file.id() != null && file.sha256() != null && council.isFilePublic(file.id());
    }

    /** The download URL, ending in the file's name so that saved copies keep it. */
    String downloadUrl(StoredFile file) {
        return baseUrl + "/api/files/" + file.id() + "/"
                + UriUtils.encodePathSegment(fileName(file), StandardCharsets.UTF_8);
    }

    @Nullable
    String downloadUrl(UUID fileId) {
        return find(fileId).map(this::downloadUrl).orElse(null);
    }

    static String fileName(StoredFile file) {
        String name = OriMapper.blankToNull(file.fileName());
        if (name == null) {
            name = OriMapper.blankToNull(file.name());
        }
        return name == null ? "bestand" : name.strip().replace('/', '_').replace('\\', '_');
    }
}
