package nl.statenwerk.publication;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.publication.Publishers.Resolution;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What is published: the files of public papers, read straight from the stukkenstroom's tables so that a sitemap of
 * 50,000 files is one streamed query. A file is in a sitemap when its paper is public and not deleted, it has content,
 * and no paper that is not public has it too (the rule of {@code Council.isFilePublic}, whose download would refuse
 * it otherwise).
 *
 * <p>Entries are ordered by when their paper was published, so new papers land on the last sitemap and earlier ones
 * keep their lastmod. An entry's lastmod is the later of its paper's and its file's last change; a sitemap's and its
 * index's lastmod is the newest of its entries, or the moment an entry last left the category (see
 * {@link WooWithdrawals}), since an entry that left shifts the sitemaps after it.
 */
@Service
class Publication implements WooPublication {

    /** One file of a public paper, or the paper itself ({@code fileId} null) for its own DiWoo document. */
    record Entry(
            UUID paperId,
            UUID bodyId,
            String paperName,
            @Nullable String reference,
            @Nullable LocalDate paperDate,
            PaperType paperType,
            @Nullable LocalDate submittedDate,
            @Nullable String language,
            OffsetDateTime createdAt,
            @Nullable UUID fileId,
            @Nullable String fileTitle,
            @Nullable String fileName,
            @Nullable String mimeType,
            OffsetDateTime lastModified) {}

    /** One sitemap of a category: its number (from 1), entries and lastmod. */
    record Page(int number, long entries, OffsetDateTime lastModified) {}

    private static final String LASTMOD =
            "case when f.modified_at > p.modified_at then f.modified_at else p.modified_at end";

    private static final String ORDER = "p.public_since, p.id, pf.position, f.id";

    private static final String ENTRIES = " from paper p join paper_file pf on pf.paper_id = p.id"
            + " join stored_file f on f.id = pf.file_id"
            + " where p.is_public and p.deleted_at is null and f.deleted_at is null and f.sha256 is not null"
            + " and p.paper_type in (:types) and p.body_id in (:bodies)"
            + " and not exists (select 1 from paper_file o join paper q on q.id = o.paper_id"
            + " where o.file_id = f.id and not q.is_public)";

    private static final String PAPER_COLUMNS = "p.id, p.body_id, p.name, p.reference, p.paper_date, p.paper_type,"
            + " p.submitted_date, p.language, p.created_at";

    private final JdbcClient jdbc;
    private final Categories categories;
    private final Publishers publishers;
    private final int pageSize;
    private final String publicUrl;

    Publication(DataSource dataSource, PublicationProperties settings, StatenwerkProperties statenwerk) {
        // rows in batches: PostgreSQL's driver otherwise reads a whole sitemap of 50,000 entries before the first
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.jdbc = JdbcClient.create(template);
        this.categories = new Categories();
        this.publishers = new Publishers(Organisations.load(), settings.publishers());
        this.pageSize = settings.pageSize();
        this.publicUrl = statenwerk.publicUrl();
    }

    String publicUrl() {
        return publicUrl;
    }

    Categories categories() {
        return categories;
    }

    String indexUrl(InformationCategory category) {
        return publicUrl + "/sitemaps/" + category.indexFileName();
    }

    String sitemapUrl(InformationCategory category, int page) {
        return publicUrl + "/sitemaps/sitemap-diwoo-" + category.code() + "-" + page + ".xml";
    }

    /** The file's download address, as the files API serves it (see api.PublicFiles). */
    String downloadUrl(Entry entry) {
        String name = blankToNull(entry.fileName());
        if (name == null) {
            name = blankToNull(entry.fileTitle());
        }
        name = name == null ? "bestand" : name.strip().replace('/', '_').replace('\\', '_');
        return publicUrl + "/api/files/" + entry.fileId() + "/"
                + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }

    String paperUrl(UUID paperId) {
        return publicUrl + "/stukken/" + paperId;
    }

    /** Every body's publisher or problem, in name order. */
    Map<UUID, Resolution> bodies() {
        Map<UUID, Resolution> bodies = new LinkedHashMap<>();
        jdbc.sql("select id, source_id, name from body where deleted_at is null order by name")
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    bodies.put(id, publishers.resolve(id, rs.getString("source_id"), rs.getString("name")));
                });
        return bodies;
    }

    private static List<UUID> publishing(Map<UUID, Resolution> bodies) {
        return bodies.entrySet().stream()
                .filter(e -> e.getValue().publisher() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The sitemaps of a category; none when it has no entries. */
    @Transactional(readOnly = true)
    List<Page> pages(InformationCategory category) {
        List<UUID> bodies = publishing(bodies());
        if (bodies.isEmpty()) {
            return List.of();
        }
        List<String> types = categories.types(category);
        OffsetDateTime withdrawn = withdrawn(types, bodies);
        List<Page> pages = new ArrayList<>();
        jdbc.sql("select pg, count(*) as n, max(lastmod) as lastmod from (select (row_number() over (order by "
                        + ORDER + ") - 1) / :size as pg, " + LASTMOD + " as lastmod" + ENTRIES
                        + ") t group by pg order by pg")
                .param("size", pageSize)
                .param("types", types)
                .param("bodies", bodies)
                .query((ResultSet rs) -> {
                    OffsetDateTime last = rs.getObject("lastmod", OffsetDateTime.class);
                    pages.add(new Page(
                            rs.getInt("pg") + 1,
                            rs.getLong("n"),
                            withdrawn != null && withdrawn.isAfter(last) ? withdrawn : last));
                });
        return pages;
    }

    private @Nullable OffsetDateTime withdrawn(List<String> types, List<UUID> bodies) {
        return jdbc.sql("select max(w.withdrawn_at) from woo_publication w join paper p on p.id = w.paper_id"
                        + " where w.withdrawn_at is not null and p.paper_type in (:types)"
                        + " and p.body_id in (:bodies)")
                .param("types", types)
                .param("bodies", bodies)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .orElse(null);
    }

    /** Streams the entries of one sitemap of a category to {@code sink}, in order; no entries past the last page. */
    @Transactional(readOnly = true)
    void entries(InformationCategory category, int page, Consumer<Entry> sink) {
        Map<UUID, Resolution> resolved = bodies();
        List<UUID> bodies = publishing(resolved);
        if (bodies.isEmpty() || page < 1) {
            return;
        }
        jdbc.sql("select " + PAPER_COLUMNS + ", f.id as file_id, f.name as file_title, f.file_name, f.mime_type, "
                        + LASTMOD + " as lastmod" + ENTRIES + " order by " + ORDER
                        + " offset :offset rows fetch next :size rows only")
                .param("types", categories.types(category))
                .param("bodies", bodies)
                .param("offset", (long) (page - 1) * pageSize)
                .param("size", pageSize)
                .query((ResultSet rs) -> sink.accept(entry(rs, true)));
    }

    /** The public paper for its own DiWoo document, described by its main file's format when it has one. */
    @Transactional(readOnly = true)
    Optional<Entry> paper(UUID paperId) {
        List<UUID> bodies = publishing(bodies());
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + PAPER_COLUMNS + ", p.modified_at as lastmod, (select f.mime_type from paper_file pf"
                        + " join stored_file f on f.id = pf.file_id where pf.paper_id = p.id and f.deleted_at is null"
                        + " order by pf.position, f.id fetch first 1 rows only) as mime_type from paper p"
                        + " where p.id = :id and p.is_public and p.deleted_at is null and p.body_id in (:bodies)")
                .param("id", paperId)
                .param("bodies", bodies)
                .query((rs, n) -> entry(rs, false))
                .optional();
    }

    private static Entry entry(ResultSet rs, boolean withFile) throws SQLException {
        return new Entry(
                rs.getObject("id", UUID.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("name"),
                rs.getString("reference"),
                rs.getObject("paper_date", LocalDate.class),
                PaperType.valueOf(rs.getString("paper_type")),
                rs.getObject("submitted_date", LocalDate.class),
                rs.getString("language"),
                rs.getObject("created_at", OffsetDateTime.class),
                withFile ? rs.getObject("file_id", UUID.class) : null,
                withFile ? rs.getString("file_title") : null,
                withFile ? rs.getString("file_name") : null,
                rs.getString("mime_type"),
                rs.getObject("lastmod", OffsetDateTime.class));
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationOverview overview() {
        Map<UUID, Resolution> resolved = bodies();
        List<UUID> bodies = publishing(resolved);
        List<String> problems = resolved.values().stream()
                .map(Resolution::problem)
                .filter(p -> p != null)
                .map(String.class::cast)
                .toList();
        Map<String, long[]> counts = new HashMap<>();
        if (!bodies.isEmpty()) {
            jdbc.sql("select paper_type, is_public, count(*) as n from paper where deleted_at is null"
                            + " and body_id in (:bodies) group by paper_type, is_public")
                    .param("bodies", bodies)
                    .query((ResultSet rs) -> {
                        InformationCategory c = categories.of(PaperType.valueOf(rs.getString("paper_type")));
                        counts.computeIfAbsent(c.code(), k -> new long[2])[rs.getBoolean("is_public") ? 0 : 1] +=
                                rs.getLong("n");
                    });
        }
        List<CategoryOverview> rows = new ArrayList<>();
        for (InformationCategory category : categories.used()) {
            long[] count = counts.getOrDefault(category.code(), new long[2]);
            OffsetDateTime withdrawn = bodies.isEmpty() ? null : withdrawn(categories.types(category), bodies);
            if (count[0] + count[1] == 0 && withdrawn == null) {
                continue;
            }
            List<Page> pages = pages(category);
            long entries = pages.stream().mapToLong(Page::entries).sum();
            OffsetDateTime last = pages.stream()
                    .map(Page::lastModified)
                    .max(OffsetDateTime::compareTo)
                    .orElse(withdrawn);
            rows.add(new CategoryOverview(
                    category, count[0], count[1], entries, last, pages.isEmpty() ? null : indexUrl(category)));
        }
        return new PublicationOverview(rows, problems, publicUrl + "/robots.txt");
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
