package nl.statenwerk.dossiers;

import java.security.SecureRandom;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.statenwerk.access.Readings;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcDossiers implements Dossiers {

    private static final int MAX_NAME = 200;
    private static final int MAX_NOTE = 2000;

    /** 256 random bits, URL-safe: a link nobody guesses. */
    private static final int TOKEN_BYTES = 32;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final Comparator<DossierView.PinnedPaper> NEWEST_FIRST =
            Comparator.comparing(DossierView.PinnedPaper::date, Comparator.nullsLast(Comparator.reverseOrder()));

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SavedSearches savedSearches;
    private final Council council;
    private final SearchIndex index;
    private final Readings readings;
    private final String portal;

    private final AuditLog audit;

    JdbcDossiers(
            JdbcClient jdbc,
            Accounts accounts,
            SavedSearches savedSearches,
            Council council,
            SearchIndex index,
            Readings readings,
            StatenwerkProperties properties,
            AuditLog audit) {
        this.readings = readings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.savedSearches = savedSearches;
        this.council = council;
        this.index = index;
        this.portal = properties.baseUrl();
    }

    private record Row(
            UUID id,
            UUID ownerId,
            String name,
            @Nullable String shareToken,
            OffsetDateTime createdAt,
            OffsetDateTime modifiedAt) {}

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getObject("id", UUID.class),
            rs.getObject("account_id", UUID.class),
            rs.getString("name"),
            rs.getString("share_token"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("modified_at", OffsetDateTime.class));

    @Override
    public Dossier create(UUID ownerId, String name) {
        String checkedName = name(name);
        if (accounts.find(ownerId).isEmpty()) {
            throw new NoSuchElementException("No account " + ownerId);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = RecordTable.now();
        jdbc.sql("""
                        insert into dossier (id, account_id, name, created_at, modified_at)
                        values (:id, :owner, :name, :now, :now)""")
                .param("id", id)
                .param("owner", ownerId)
                .param("name", checkedName)
                .param("now", now)
                .update();
        audited("dossier-aangemaakt", ownerId, "Dossier", id, "aangemaakt");
        return load(row(id).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Dossier> find(UUID accountId, UUID dossierId) {
        return readable(accountId, dossierId).map(this::load);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dossier> readableBy(UUID accountId) {
        return jdbc.sql("""
                        select * from dossier
                        where account_id = :account
                           or id in (select dossier_id from dossier_share where account_id = :account)
                        order by lower(name), created_at""").param("account", accountId).query(ROW).list().stream()
                .map(this::load)
                .toList();
    }

    @Override
    public Dossier rename(UUID ownerId, UUID dossierId, String name) {
        String checkedName = name(name);
        owned(ownerId, dossierId);
        jdbc.sql("update dossier set name = :name, modified_at = :now where id = :id")
                .param("name", checkedName)
                .param("now", RecordTable.now())
                .param("id", dossierId)
                .update();
        audited("dossier-hernoemd", ownerId, "Dossier", dossierId, "hernoemd");
        return reload(dossierId);
    }

    @Override
    public void delete(UUID ownerId, UUID dossierId) {
        owned(ownerId, dossierId);
        jdbc.sql("delete from dossier where id = :id").param("id", dossierId).update();
        audited("dossier-verwijderd", ownerId, "Dossier", dossierId, "verwijderd");
    }

    @Override
    public Dossier addSavedSearch(UUID ownerId, UUID dossierId, UUID savedSearchId) {
        owned(ownerId, dossierId);
        SavedSearch search = savedSearches
                .find(savedSearchId)
                .filter(s -> s.accountId().equals(ownerId))
                .orElseThrow(() -> new NoSuchElementException("No such saved search of this account"));
        jdbc.sql("""
                        insert into dossier_saved_search (dossier_id, saved_search_id, added_at)
                        select :dossier, :search, :now
                        where not exists (select 1 from dossier_saved_search
                                          where dossier_id = :dossier and saved_search_id = :search)""")
                .param("dossier", dossierId)
                .param("search", search.id())
                .param("now", RecordTable.now())
                .update();
        audited("dossier-zoekopdracht-toegevoegd", ownerId, "Dossier", dossierId, "zoekopdracht " + savedSearchId);
        return touch(dossierId);
    }

    @Override
    public Dossier removeSavedSearch(UUID ownerId, UUID dossierId, UUID savedSearchId) {
        owned(ownerId, dossierId);
        jdbc.sql("delete from dossier_saved_search where dossier_id = :dossier and saved_search_id = :search")
                .param("dossier", dossierId)
                .param("search", savedSearchId)
                .update();
        audited("dossier-zoekopdracht-verwijderd", ownerId, "Dossier", dossierId, "zoekopdracht " + savedSearchId);
        return touch(dossierId);
    }

    @Override
    public Dossier pin(UUID ownerId, UUID dossierId, UUID paperId, @Nullable String note) {
        owned(ownerId, dossierId);
        if (council.find(Paper.class, paperId).isEmpty()) {
            throw new NoSuchElementException("No paper " + paperId);
        }
        String checkedNote = note == null || note.isBlank() ? null : note.strip();
        if (checkedNote != null && checkedNote.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters.");
        }
        int updated = jdbc.sql(
                        "update dossier_paper set note = :note where dossier_id = :dossier and paper_id = :paper")
                .param("note", checkedNote, Types.VARCHAR)
                .param("dossier", dossierId)
                .param("paper", paperId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into dossier_paper (dossier_id, paper_id, note, pinned_at)
                            values (:dossier, :paper, :note, :now)""")
                    .param("dossier", dossierId)
                    .param("paper", paperId)
                    .param("note", checkedNote, Types.VARCHAR)
                    .param("now", RecordTable.now())
                    .update();
        }
        audited("dossier-stuk-vastgepind", ownerId, "Dossier", dossierId, "stuk " + paperId);
        return touch(dossierId);
    }

    @Override
    public Dossier unpin(UUID ownerId, UUID dossierId, UUID paperId) {
        owned(ownerId, dossierId);
        jdbc.sql("delete from dossier_paper where dossier_id = :dossier and paper_id = :paper")
                .param("dossier", dossierId)
                .param("paper", paperId)
                .update();
        audited("dossier-stuk-losgemaakt", ownerId, "Dossier", dossierId, "stuk " + paperId);
        return touch(dossierId);
    }

    @Override
    public Dossier shareWith(UUID ownerId, UUID dossierId, UUID accountId) {
        owned(ownerId, dossierId);
        if (accounts.find(accountId).isEmpty()) {
            throw new NoSuchElementException("No account " + accountId);
        }
        if (!accountId.equals(ownerId)) {
            jdbc.sql("""
                            insert into dossier_share (dossier_id, account_id, shared_at)
                            select :dossier, :account, :now
                            where not exists (select 1 from dossier_share
                                              where dossier_id = :dossier and account_id = :account)""")
                    .param("dossier", dossierId)
                    .param("account", accountId)
                    .param("now", RecordTable.now())
                    .update();
        }
        audited("dossier-gedeeld", ownerId, "Dossier", dossierId, "gedeeld met account:" + accountId);
        return touch(dossierId);
    }

    @Override
    public Dossier unshare(UUID ownerId, UUID dossierId, UUID accountId) {
        owned(ownerId, dossierId);
        jdbc.sql("delete from dossier_share where dossier_id = :dossier and account_id = :account")
                .param("dossier", dossierId)
                .param("account", accountId)
                .update();
        audited("dossier-delen-beeindigd", ownerId, "Dossier", dossierId, "niet meer gedeeld met account:" + accountId);
        return touch(dossierId);
    }

    @Override
    public String publish(UUID ownerId, UUID dossierId) {
        owned(ownerId, dossierId);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("update dossier set share_token = :token, modified_at = :now where id = :id")
                .param("token", token)
                .param("now", RecordTable.now())
                .param("id", dossierId)
                .update();
        audited("dossier-gepubliceerd", ownerId, "Dossier", dossierId, "openbare link gemaakt");
        return token;
    }

    @Override
    public Dossier unpublish(UUID ownerId, UUID dossierId) {
        owned(ownerId, dossierId);
        jdbc.sql("update dossier set share_token = null, modified_at = :now where id = :id")
                .param("now", RecordTable.now())
                .param("id", dossierId)
                .update();
        audited("dossier-publicatie-beeindigd", ownerId, "Dossier", dossierId, "openbare link beëindigd");
        return reload(dossierId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> view(Viewer reader, UUID dossierId, int matchesPerSearch) {
        checkMatches(matchesPerSearch);
        UUID account = reader.account();
        if (account == null) {
            return Optional.empty();
        }
        return readable(account, dossierId).map(row -> view(load(row), reader, matchesPerSearch));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DossierView> viewShared(String token, int matchesPerSearch) {
        checkMatches(matchesPerSearch);
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from dossier where share_token = :token")
                .param("token", token)
                .query(ROW)
                .optional()
                .map(row -> view(load(row), matchesPerSearch));
    }

    /**
     * What this reader may read: each pinned paper is asked of {@link Readings} (which applies {@link Viewer#mayRead}),
     * a title that is not public is recorded as read before it is shown, and the matches come from the index searched
     * as this reader.
     */
    private DossierView view(Dossier dossier, Viewer reader, int matchesPerSearch) {
        List<DossierView.PinnedPaper> papers = dossier.pins().stream()
                .map(pin -> readings.paper(reader, pin.paperId())
                        .flatMap(reading -> council.find(Paper.class, pin.paperId())
                                .filter(p -> p.deletedAt() == null)
                                .map(p -> {
                                    readings.recordRead(
                                            reader, "Paper", pin.paperId(), reading, "stuk-in-dossier-getoond");
                                    return pinned(pin, p, reading.isPublic() ? null : reading.level());
                                }))
                        .orElse(null))
                .filter(Objects::nonNull)
                .sorted(NEWEST_FIRST)
                .toList();
        return new DossierView(
                dossier.name(), papers, matches(dossier, q -> index.search(q, reader), matchesPerSearch));
    }

    private DossierView.PinnedPaper pinned(Dossier.Pin pin, Paper p, @Nullable AccessLevel level) {
        return new DossierView.PinnedPaper(
                pin.paperId().toString(),
                p.name(),
                type(p),
                p.paperDate(),
                pin.note(),
                portal + "/stukken/" + pin.paperId(),
                level);
    }

    /**
     * Pinned papers pass {@link Council#findPublic}, and matches come from the index, which holds public objects only:
     * a paper that is no longer public leaves every view, whoever reads.
     */
    private DossierView view(Dossier dossier, int matchesPerSearch) {
        List<DossierView.PinnedPaper> papers = dossier.pins().stream()
                .map(pin -> council.findPublic(Paper.class, pin.paperId())
                        .filter(p -> p.deletedAt() == null && p.isPublic())
                        .map(p -> pinned(pin, p, null))
                        .orElse(null))
                .filter(Objects::nonNull)
                .sorted(NEWEST_FIRST)
                .toList();
        return new DossierView(dossier.name(), papers, matches(dossier, index::search, matchesPerSearch));
    }

    /** Per saved search of the dossier, in its order, the total and the newest matches as {@code search} finds them. */
    private List<DossierView.SearchMatches> matches(
            Dossier dossier, Function<SearchQuery, SearchResult> search, int matchesPerSearch) {
        return dossier.savedSearchIds().stream()
                .map(savedSearches::find)
                .flatMap(Optional::stream)
                .map(s -> {
                    SearchResult result = search.apply(
                            s.query().withSort(SearchQuery.Sort.DATE).withPage(1, matchesPerSearch));
                    return new DossierView.SearchMatches(s.name(), s.query().q(), result.total(), result.hits());
                })
                .toList();
    }

    private static String type(Paper p) {
        String code = p.paperType().code();
        return code != null ? code : p.paperType().name().toLowerCase(Locale.ROOT);
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select * from dossier where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    private Optional<Row> readable(UUID accountId, UUID dossierId) {
        return row(dossierId).filter(row -> row.ownerId().equals(accountId) || isSharedWith(dossierId, accountId));
    }

    private boolean isSharedWith(UUID dossierId, UUID accountId) {
        return jdbc.sql("select count(*) from dossier_share where dossier_id = :dossier and account_id = :account")
                        .param("dossier", dossierId)
                        .param("account", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void owned(UUID ownerId, UUID dossierId) {
        row(dossierId)
                .filter(row -> row.ownerId().equals(ownerId))
                .orElseThrow(() -> new NoSuchElementException("No such dossier of this account"));
    }

    private Dossier touch(UUID dossierId) {
        jdbc.sql("update dossier set modified_at = :now where id = :id")
                .param("now", RecordTable.now())
                .param("id", dossierId)
                .update();
        return reload(dossierId);
    }

    private Dossier reload(UUID dossierId) {
        return load(row(dossierId).orElseThrow());
    }

    private Dossier load(Row row) {
        List<UUID> searches =
                jdbc.sql("""
                        select saved_search_id from dossier_saved_search where dossier_id = :id
                        order by added_at, saved_search_id""").param("id", row.id()).query(UUID.class).list();
        List<Dossier.Pin> pins = jdbc.sql("""
                        select paper_id, note, pinned_at from dossier_paper where dossier_id = :id
                        order by pinned_at, paper_id""")
                .param("id", row.id())
                .query((rs, n) -> new Dossier.Pin(
                        rs.getObject("paper_id", UUID.class),
                        rs.getString("note"),
                        rs.getObject("pinned_at", OffsetDateTime.class).toInstant()))
                .list();
        List<UUID> shares = jdbc.sql(
                        "select account_id from dossier_share where dossier_id = :id order by shared_at, account_id")
                .param("id", row.id())
                .query(UUID.class)
                .list();
        return new Dossier(
                row.id(),
                row.ownerId(),
                row.name(),
                row.shareToken(),
                row.createdAt().toInstant(),
                row.modifiedAt().toInstant(),
                searches,
                pins,
                shares);
    }

    private static void checkMatches(int matchesPerSearch) {
        if (matchesPerSearch < 1 || matchesPerSearch > 100) {
            throw new IllegalArgumentException("matchesPerSearch is 1 to 100, not " + matchesPerSearch);
        }
    }

    private static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("A dossier's name has 1 to " + MAX_NAME + " characters.");
        }
        return stripped;
    }

    /** One audit entry for a change of the owner's dossier, in this transaction. */
    private void audited(String name, UUID ownerId, String type, UUID objectId, String outcome) {
        audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(ownerId))
                .event(
                        name,
                        java.time.Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount(type, objectId, ownerId),
                        outcome));
    }
}
