package nl.statenwerk.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.api.OParlViews.File;
import nl.statenwerk.api.OParlViews.ListPage;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.Paper;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FilePage;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The OParl File objects of public files. Embedded in papers and meetings they leave out {@code text}, which can be
 * long; the File's own URL and the body's file list carry it.
 */
@Component
class OParlFiles {

    private final FileCatalog catalog;
    private final PublicFiles files;
    private final Council council;

    OParlFiles(FileCatalog catalog, PublicFiles files, Council council) {
        this.catalog = catalog;
        this.files = files;
        this.council = council;
    }

    /** The embedded form. */
    @Nullable
    File file(UUID fileId, OParlMapper mapper) {
        return files.find(fileId).map(f -> view(f, mapper, false)).orElse(null);
    }

    Optional<File> one(UUID fileId, OParlMapper mapper) {
        return catalog.find(fileId).filter(files::isPublic).map(f -> view(f, mapper, true));
    }

    /**
     * A page of a body's files. Non-public files are dropped after the page is read, so a page may hold fewer than
     * {@code limit}; the cursor still moves past them.
     */
    ListPage<Object> page(UUID bodyId, Paging paging, OParlMapper mapper, String baseUrl) {
        Cursor after = paging.after();
        List<StoredFile> rows = catalog.list(
                bodyId,
                paging.modifiedSince(),
                after == null ? null : after.modifiedAt(),
                after == null ? null : after.id(),
                paging.limit() + 1,
                paging.modifiedSince() != null);
        List<StoredFile> page = rows.subList(0, Math.min(rows.size(), paging.limit()));
        List<Object> data = new ArrayList<>();
        for (StoredFile file : page) {
            if (files.isPublic(file)) {
                data.add(view(file, mapper, true));
            }
        }
        String next = null;
        if (rows.size() > paging.limit()) {
            StoredFile last = page.getLast();
            next = Paging.nextLink(baseUrl, new Cursor(last.modifiedAt(), last.id()));
        }
        return OParlController.listPage(data, paging, next, baseUrl);
    }

    private File view(StoredFile f, OParlMapper mapper, boolean withText) {
        UUID id = f.id();
        String download = files.downloadUrl(f);
        return new File(
                mapper.url("file", id),
                OParlViews.TYPE + "File",
                OriMapper.blankToNull(f.name()),
                PublicFiles.fileName(f),
                OriMapper.blankToNull(f.mimeType()),
                f.fileDate(),
                f.sizeBytes(),
                withText ? text(id) : null,
                download,
                download,
                council.links().papersOfFile(id).stream()
                        .filter(p ->
                                council.findPublic(Paper.class, p.paperId()).isPresent())
                        .map(p -> mapper.url("paper", p.paperId()))
                        .distinct()
                        .toList(),
                List.of(),
                f.createdAt(),
                f.modifiedAt(),
                OParlMapper.deleted(f.deletedAt()));
    }

    private @Nullable String text(UUID fileId) {
        List<FilePage> pages = catalog.pages(fileId);
        return pages.isEmpty() ? null : pages.stream().map(FilePage::text).collect(Collectors.joining("\n\f"));
    }
}
