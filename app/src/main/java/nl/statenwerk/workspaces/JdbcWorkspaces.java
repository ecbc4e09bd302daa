package nl.statenwerk.workspaces;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.workspaces.Views.DocumentPage;
import nl.statenwerk.workspaces.Views.Download;
import nl.statenwerk.workspaces.Views.Entry;
import nl.statenwerk.workspaces.Views.Hit;
import nl.statenwerk.workspaces.Views.Listing;
import nl.statenwerk.workspaces.Views.SharedItem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcWorkspaces implements Workspaces {

    /** Where a workspace file's metadata says it comes from; never a council paper's, so never public. */
    static final String SOURCE_PREFIX = "werkruimte:";

    private static final RowMapper<WorkspaceItem> ITEM = new DataClassRowMapper<>(WorkspaceItem.class);
    private static final RowMapper<Workspace> WORKSPACE = (rs, n) -> new Workspace(
            rs.getObject("id", UUID.class),
            WorkspaceKind.valueOf(rs.getString("kind")),
            rs.getObject("body_id", UUID.class),
            rs.getObject("organization_id", UUID.class),
            rs.getString("name"));
    private static final Map<OrganizationClassification, WorkspaceKind> KINDS = Map.of(
            OrganizationClassification.FRACTIE, WorkspaceKind.FRACTIE,
            OrganizationClassification.COMMISSIE, WorkspaceKind.COMMISSIE,
            OrganizationClassification.PRESIDIUM, WorkspaceKind.PRESIDIUM);
    private static final int MAX_SEARCH_WORDS = 8;
    private static final int MAX_HITS = 100;

    private final JdbcClient jdbc;
    private final Council council;
    private final FileCatalog files;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final long maxUploadSize;

    JdbcWorkspaces(
            JdbcClient jdbc,
            Council council,
            FileCatalog files,
            Accounts accounts,
            AuditLog audit,
            TransactionTemplate transaction,
            WorkspacesProperties properties) {
        this.jdbc = jdbc;
        this.council = council;
        this.files = files;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.maxUploadSize = properties.maxUploadSize().toBytes();
    }

    // --- which workspaces exist

    /** Makes the workspace of an organisation (or of all of PS for its body) if there is none; renames it if needed. */
    void ensure(Organization organization) {
        if (organization.id() == null || organization.deletedAt() != null) {
            return;
        }
        if (organization.classification() == OrganizationClassification.PROVINCIALE_STATEN) {
            council.find(Body.class, organization.bodyId()).ifPresent(this::ensure);
            return;
        }
        WorkspaceKind kind = KINDS.get(organization.classification());
        if (kind != null) {
            ensure(
                    kind,
                    organization.bodyId(),
                    organization.id(),
                    organization.id().toString(),
                    organization.name());
        }
    }

    void ensure(Body body) {
        if (body.id() != null) {
            ensure(WorkspaceKind.PROVINCIALE_STATEN, body.id(), null, "staten:" + body.id(), body.name());
        }
    }

    private void ensure(WorkspaceKind kind, UUID body, @Nullable UUID organization, String anchor, String name) {
        // insert-if-absent in one statement: a failed insert would abort a PostgreSQL transaction
        int inserted = jdbc.sql("""
                        insert into workspace (id, kind, body_id, organization_id, anchor, name, created_at)
                        select :id, :kind, :body, cast(:organization as uuid), :anchor, :name, :now
                        where not exists (select 1 from workspace where anchor = :anchor)""")
                .param("id", UUID.randomUUID())
                .param("kind", kind.name())
                .param("body", body)
                .param("organization", organization, java.sql.Types.OTHER)
                .param("anchor", anchor)
                .param("name", name)
                .param("now", OffsetDateTime.now())
                .update();
        if (inserted == 0) {
            jdbc.sql("update workspace set name = :name where anchor = :anchor and name <> :name")
                    .param("name", name)
                    .param("anchor", anchor)
                    .update();
        }
    }

    private List<Workspace> workspaces() {
        return jdbc.sql("select * from workspace").query(WORKSPACE).list().stream()
                .sorted(Comparator.comparing(Workspace::kind).thenComparing(Workspace::name))
                .toList();
    }

    private Optional<Workspace> workspace(UUID id) {
        return jdbc.sql("select * from workspace where id = :id")
                .param("id", id)
                .query(WORKSPACE)
                .optional();
    }

    private Set<UUID> namedIn(Viewer viewer) {
        if (viewer.account() == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select workspace_id from workspace_member where account_id = :account")
                .param("account", viewer.account())
                .query(UUID.class)
                .list());
    }

    private List<Workspace> visible(Viewer viewer) {
        Set<UUID> named = namedIn(viewer);
        return workspaces().stream()
                .filter(w -> WorkspaceMembership.isMember(w, viewer, named.contains(w.id())))
                .toList();
    }

    private boolean isMember(Viewer viewer, Workspace workspace) {
        return WorkspaceMembership.isMember(workspace, viewer, namedIn(viewer).contains(workspace.id()));
    }

    private Optional<Workspace> memberOf(Viewer viewer, UUID workspace) {
        return workspace(workspace).filter(w -> isMember(viewer, w));
    }

    @Override
    public List<Workspace> mine(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        transaction.executeWithoutResult(tx -> {
            viewer.organizations()
                    .forEach(id -> council.find(Organization.class, id).ifPresent(this::ensure));
            viewer.bodies().forEach(id -> council.find(Body.class, id).ifPresent(this::ensure));
        });
        return visible(viewer);
    }

    @Override
    public List<Workspace> all() {
        transaction.executeWithoutResult(tx -> {
            council.list(Body.class, new ListQuery(null, null, null, 1000, false, false))
                    .items()
                    .forEach(this::ensure);
            for (OrganizationClassification kind : KINDS.keySet()) {
                council.list(Organization.class, new ListQuery(null, null, null, 1000, false, false, kind))
                        .items()
                        .forEach(this::ensure);
            }
        });
        return workspaces();
    }

    // --- reading

    private Optional<WorkspaceItem> item(UUID id) {
        return jdbc.sql("select * from workspace_item where id = :id")
                .param("id", id)
                .query(ITEM)
                .optional();
    }

    private enum Access {
        NONE,
        READ,
        WRITE
    }

    private Access access(Viewer viewer, WorkspaceItem item) {
        List<Workspace> visible = visible(viewer);
        Set<UUID> ids = visible.stream().map(Workspace::id).collect(Collectors.toSet());
        if (ids.contains(item.workspaceId())) {
            return Access.WRITE;
        }
        if (item.folder() || item.deletedAt() != null || ids.isEmpty()) {
            return Access.NONE;
        }
        long shared = jdbc.sql("select count(*) from workspace_share where item_id = :item and workspace_id in (:ids)")
                .param("item", item.id())
                .param("ids", ids)
                .query(Long.class)
                .single();
        return shared > 0 ? Access.READ : Access.NONE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Listing> listing(Viewer viewer, UUID workspaceId, @Nullable UUID folderId) {
        Optional<Workspace> found = memberOf(viewer, workspaceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Workspace workspace = found.get();
        WorkspaceItem folder = null;
        if (folderId != null) {
            folder = liveFolder(workspaceId, folderId).orElse(null);
            if (folder == null) {
                return Optional.empty();
            }
        }
        List<WorkspaceItem> children = jdbc.sql("select * from workspace_item where workspace_id = :ws and deleted_at"
                        + " is null and " + (folder == null ? "parent_id is null" : "parent_id = :parent")
                        + " order by folder desc, folded_name")
                .param("ws", workspaceId)
                .params(folder == null ? Map.of() : Map.of("parent", folder.id()))
                .query(ITEM)
                .list();
        Map<UUID, DocumentVersion> latest = latest(children.stream()
                .filter(i -> !i.folder())
                .map(WorkspaceItem::id)
                .toList());
        List<Entry> entries =
                children.stream().map(i -> new Entry(i, latest.get(i.id()))).toList();
        List<SharedItem> shared = List.of();
        List<WorkspaceItem> bin = List.of();
        if (folder == null) {
            List<WorkspaceItem> sharedItems =
                    jdbc.sql("""
                            select i.* from workspace_item i join workspace_share s on s.item_id = i.id
                            where s.workspace_id = :ws and i.deleted_at is null order by i.folded_name""").param("ws", workspaceId).query(ITEM).list();
            Map<UUID, DocumentVersion> sharedLatest =
                    latest(sharedItems.stream().map(WorkspaceItem::id).toList());
            Map<UUID, Workspace> all = workspaces().stream().collect(Collectors.toMap(Workspace::id, w -> w));
            shared = sharedItems.stream()
                    .map(i -> new SharedItem(i, all.get(i.workspaceId()), sharedLatest.get(i.id())))
                    .toList();
            bin = jdbc.sql("""
                            select * from workspace_item where workspace_id = :ws and deleted_at > :since
                            and deleted_with is null order by deleted_at desc""")
                    .param("ws", workspaceId)
                    .param("since", OffsetDateTime.now().minusDays(RESTORE_DAYS))
                    .query(ITEM)
                    .list();
        }
        return Optional.of(new Listing(workspace, folder, path(folder), entries, shared, bin, folders(workspaceId)));
    }

    private List<WorkspaceItem> folders(UUID workspaceId) {
        return jdbc.sql("select * from workspace_item where workspace_id = :ws and folder and deleted_at is null"
                        + " order by folded_name")
                .param("ws", workspaceId)
                .query(ITEM)
                .list();
    }

    private List<WorkspaceItem> path(@Nullable WorkspaceItem folder) {
        List<WorkspaceItem> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (WorkspaceItem f = folder; f != null && seen.add(f.id()); ) {
            path.addFirst(f);
            f = f.parentId() == null ? null : item(f.parentId()).orElse(null);
        }
        return path;
    }

    private Optional<WorkspaceItem> liveFolder(UUID workspaceId, UUID folderId) {
        return item(folderId)
                .filter(f ->
                        f.folder() && f.deletedAt() == null && f.workspaceId().equals(workspaceId));
    }

    private Map<UUID, DocumentVersion> latest(List<UUID> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        List<DocumentVersion> versions =
                jdbc.sql("""
                        select v.* from workspace_version v where v.item_id in (:items) and v.number =
                        (select max(w.number) from workspace_version w where w.item_id = v.item_id)""").param("items", items).query(this::version).list();
        return versions.stream().collect(Collectors.toMap(DocumentVersion::itemId, v -> v));
    }

    private DocumentVersion version(ResultSet rs, int row) throws SQLException {
        UUID uploader = rs.getObject("uploaded_by", UUID.class);
        return new DocumentVersion(
                rs.getObject("item_id", UUID.class),
                rs.getInt("number"),
                rs.getString("file_name"),
                rs.getString("mime_type"),
                rs.getLong("size_bytes"),
                uploader,
                displayName(uploader),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private String displayName(UUID account) {
        return accounts.find(account).map(UserAccount::displayName).orElse("?");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentPage> document(Viewer viewer, UUID itemId) {
        WorkspaceItem item = item(itemId).orElse(null);
        if (item == null || item.folder() || item.deletedAt() != null) {
            return Optional.empty();
        }
        Access access = access(viewer, item);
        if (access == Access.NONE) {
            return Optional.empty();
        }
        Workspace workspace = workspace(item.workspaceId()).orElseThrow();
        List<DocumentVersion> versions = jdbc.sql(
                        "select * from workspace_version where item_id = :item order by number desc")
                .param("item", itemId)
                .query(this::version)
                .list();
        boolean writable = access == Access.WRITE;
        List<Share> shares = List.of();
        List<Workspace> targets = List.of();
        if (writable) {
            Map<UUID, Workspace> all = workspaces().stream()
                    .collect(Collectors.toMap(Workspace::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            shares = jdbc.sql("select * from workspace_share where item_id = :item order by shared_at")
                    .param("item", itemId)
                    .query((rs, n) -> new Share(
                            itemId,
                            all.get(rs.getObject("workspace_id", UUID.class)),
                            rs.getObject("shared_by", UUID.class),
                            rs.getObject("shared_at", OffsetDateTime.class)))
                    .list();
            Set<UUID> sharedWith = shares.stream().map(s -> s.with().id()).collect(Collectors.toSet());
            targets = all.values().stream()
                    .filter(w -> w.bodyId().equals(workspace.bodyId())
                            && !w.id().equals(workspace.id())
                            && !sharedWith.contains(w.id()))
                    .toList();
        }
        return Optional.of(new DocumentPage(
                workspace, item, writable, versions, shares, targets, writable ? folders(workspace.id()) : List.of()));
    }

    @Override
    public Optional<Download> download(Viewer viewer, UUID itemId, int number) {
        WorkspaceItem item = item(itemId).orElse(null);
        if (item == null || item.folder() || access(viewer, item) == Access.NONE) {
            return Optional.empty();
        }
        Optional<Download> download = jdbc.sql("select * from workspace_version where item_id = :item"
                        + (number > 0 ? " and number = :number" : " order by number desc limit 1"))
                .param("item", itemId)
                .params(number > 0 ? Map.of("number", number) : Map.of())
                .query((rs, n) -> new Download(
                        rs.getString("file_name"),
                        rs.getString("mime_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256")))
                .optional();
        download.ifPresent(d -> audit.recordNow(context(viewer)
                .event(
                        "werkruimte-bestand-gelezen",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        subject(item),
                        "versie " + (number > 0 ? number : "nieuwste") + ", sha256 " + d.sha256())));
        return download;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Hit> search(Viewer viewer, String query) {
        List<String> words = Arrays.stream(FileNames.fold(query).split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(MAX_SEARCH_WORDS)
                .toList();
        Map<UUID, Workspace> visible =
                visible(viewer).stream().collect(Collectors.toMap(Workspace::id, Function.identity()));
        if (words.isEmpty() || visible.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select i.* from workspace_item i where i.deleted_at is null
                and (i.workspace_id in (:ws) or (not i.folder and i.id in
                    (select s.item_id from workspace_share s where s.workspace_id in (:ws))))""");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", visible.keySet());
        for (int n = 0; n < words.size(); n++) {
            sql.append(" and (i.folded_name like :w")
                    .append(n)
                    .append(" escape '!' or exists (select 1 from")
                    .append(" workspace_version v where v.item_id = i.id and v.folded_text like :w")
                    .append(n)
                    .append(" escape '!'))");
            params.put(
                    "w" + n,
                    "%" + words.get(n).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        sql.append(" order by i.modified_at desc limit " + MAX_HITS);
        Map<UUID, Workspace> all = workspaces().stream().collect(Collectors.toMap(Workspace::id, w -> w));
        return jdbc.sql(sql.toString()).params(params).query(ITEM).list().stream()
                .map(i -> new Hit(i, all.get(i.workspaceId()), !visible.containsKey(i.workspaceId())))
                .toList();
    }

    // --- changing

    private UUID account(Viewer viewer) {
        if (viewer.account() == null) {
            throw new NoSuchElementException("not signed in");
        }
        return viewer.account();
    }

    private Workspace writable(Viewer viewer, UUID workspaceId) {
        return memberOf(viewer, workspaceId).orElseThrow(() -> new NoSuchElementException("no such workspace"));
    }

    private WorkspaceItem writableItem(Viewer viewer, UUID itemId) {
        WorkspaceItem item = item(itemId).orElseThrow(() -> new NoSuchElementException("no such item"));
        if (access(viewer, item) != Access.WRITE) {
            throw new NoSuchElementException("no such item");
        }
        return item;
    }

    private @Nullable UUID folderOrTop(UUID workspaceId, @Nullable UUID folder) {
        if (folder == null) {
            return null;
        }
        return liveFolder(workspaceId, folder)
                .orElseThrow(() -> new NoSuchElementException("no such folder"))
                .id();
    }

    private static String validName(String name) {
        String clean = FileNames.sanitize(name);
        if (name.isBlank()) {
            throw new WorkspaceRefused("workspace.refused.name");
        }
        return clean;
    }

    private Optional<WorkspaceItem> sibling(UUID workspaceId, @Nullable UUID parent, String name) {
        return jdbc.sql("select * from workspace_item where workspace_id = :ws and deleted_at is null and "
                        + (parent == null ? "parent_id is null" : "parent_id = :parent")
                        + " and folded_name = :name")
                .param("ws", workspaceId)
                .params(parent == null ? Map.of() : Map.of("parent", parent))
                .param("name", FileNames.fold(name))
                .query(ITEM)
                .optional();
    }

    @Override
    @Transactional
    public UUID createFolder(Viewer viewer, UUID workspaceId, @Nullable UUID parent, String name) {
        Workspace workspace = writable(viewer, workspaceId);
        UUID parentId = folderOrTop(workspaceId, parent);
        String clean = validName(name);
        if (sibling(workspaceId, parentId, clean).isPresent()) {
            throw new WorkspaceRefused("workspace.refused.nameTaken", clean);
        }
        UUID id = insertItem(workspace.id(), parentId, true, clean, account(viewer));
        record(viewer, "werkruimte-map-aangemaakt", id, clean);
        return id;
    }

    private UUID insertItem(UUID workspace, @Nullable UUID parent, boolean folder, String name, UUID by) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        insert into workspace_item (id, workspace_id, parent_id, folder, name, folded_name, created_by,
                            created_at, modified_at)
                        values (:id, :ws, :parent, :folder, :name, :folded, :by, :now, :now)""")
                .param("id", id)
                .param("ws", workspace)
                .param("parent", parent, java.sql.Types.OTHER)
                .param("folder", folder)
                .param("name", name)
                .param("folded", FileNames.fold(name))
                .param("by", by)
                .param("now", now)
                .update();
        return id;
    }

    private StoredContent store(String name, @Nullable String type, InputStream content) {
        try {
            return files.storeUpload(content, type, name, maxUploadSize);
        } catch (FileRejectedException e) {
            if (e.reason() == FileRejectedException.Reason.TOO_LARGE) {
                throw new WorkspaceRefused("workspace.refused.tooLarge", (maxUploadSize / (1024 * 1024)) + " MB");
            }
            throw new WorkspaceRefused("workspace.refused.file", e.dutchMessage());
        }
    }

    @Override
    public UUID upload(
            Viewer viewer,
            UUID workspaceId,
            @Nullable UUID folder,
            String fileName,
            @Nullable String type,
            InputStream content) {
        writable(viewer, workspaceId);
        UUID parent = folderOrTop(workspaceId, folder);
        String name = validName(fileName);
        // the content is checked and stored before the transaction: an orphan in the content store is harmless
        StoredContent stored = store(name, type, content);
        return Objects.requireNonNull(transaction.execute(tx -> {
            Optional<WorkspaceItem> same = sibling(workspaceId, parent, name);
            if (same.isPresent() && same.get().folder()) {
                throw new WorkspaceRefused("workspace.refused.nameTaken", name);
            }
            UUID id = same.map(WorkspaceItem::id)
                    .orElseGet(() -> insertItem(workspaceId, parent, false, name, account(viewer)));
            int number = addVersionRow(viewer, id, name, type, stored);
            record(viewer, "werkruimte-bestand-geupload", id, name + ", versie " + number);
            return id;
        }));
    }

    @Override
    public void addVersion(Viewer viewer, UUID itemId, String fileName, @Nullable String type, InputStream content) {
        WorkspaceItem item = writableItem(viewer, itemId);
        if (item.folder() || item.deletedAt() != null) {
            throw new NoSuchElementException("no such document");
        }
        String name = validName(fileName);
        StoredContent stored = store(name, type, content);
        transaction.executeWithoutResult(tx -> {
            int number = addVersionRow(viewer, itemId, name, type, stored);
            record(viewer, "werkruimte-versie-geupload", itemId, name + ", versie " + number);
        });
    }

    private int addVersionRow(Viewer viewer, UUID itemId, String name, @Nullable String type, StoredContent stored) {
        // lock the document, so that two uploads at once get numbers one after the other
        jdbc.sql("update workspace_item set modified_at = :now where id = :id")
                .param("now", OffsetDateTime.now())
                .param("id", itemId)
                .update();
        int number = jdbc.sql("select coalesce(max(number), 0) from workspace_version where item_id = :item")
                        .param("item", itemId)
                        .query(Integer.class)
                        .single()
                + 1;
        UUID fileId = files.saveInternal(
                        StoredFile.of(null, SOURCE_PREFIX + itemId + "/" + number, name, name, type, stored))
                .id();
        jdbc.sql("""
                        insert into workspace_version (item_id, number, file_id, sha256, mime_type, size_bytes,
                            file_name, uploaded_by, uploaded_at, folded_text)
                        values (:item, :number, :file, :sha, :mime, :size, :name, :by, :now, :text)""")
                .param("item", itemId)
                .param("number", number)
                .param("file", fileId)
                .param("sha", stored.sha256())
                .param("mime", stored.mimeType())
                .param("size", stored.size())
                .param("name", name)
                .param("by", account(viewer))
                .param("now", OffsetDateTime.now())
                .param("text", extractedText(fileId), java.sql.Types.VARCHAR)
                .update();
        return number;
    }

    /** Text already extracted for the same content (an upload of a file stored before); else it comes by event. */
    private @Nullable String extractedText(UUID fileId) {
        var pages = files.pages(fileId);
        return pages.isEmpty()
                ? null
                : FileNames.fold(pages.stream().map(p -> p.text()).collect(Collectors.joining("\n")));
    }

    /** Keeps the extracted text of a version's file for search, folded as names are. */
    void textExtracted(UUID fileId) {
        long versions = jdbc.sql("select count(*) from workspace_version where file_id = :file")
                .param("file", fileId)
                .query(Long.class)
                .single();
        if (versions > 0) {
            jdbc.sql("update workspace_version set folded_text = :text where file_id = :file")
                    .param("text", extractedText(fileId), java.sql.Types.VARCHAR)
                    .param("file", fileId)
                    .update();
        }
    }

    @Override
    @Transactional
    public void rename(Viewer viewer, UUID itemId, String name) {
        WorkspaceItem item = writableItem(viewer, itemId);
        String clean = validName(name);
        Optional<WorkspaceItem> other = sibling(item.workspaceId(), item.parentId(), clean);
        if (other.isPresent() && !other.get().id().equals(itemId)) {
            throw new WorkspaceRefused("workspace.refused.nameTaken", clean);
        }
        jdbc.sql("update workspace_item set name = :name, folded_name = :folded, modified_at = :now where id = :id")
                .param("name", clean)
                .param("folded", FileNames.fold(clean))
                .param("now", OffsetDateTime.now())
                .param("id", itemId)
                .update();
        record(viewer, "werkruimte-hernoemd", itemId, item.name() + " -> " + clean);
    }

    @Override
    @Transactional
    public void move(Viewer viewer, UUID itemId, @Nullable UUID folder) {
        WorkspaceItem item = writableItem(viewer, itemId);
        UUID target = folderOrTop(item.workspaceId(), folder);
        for (UUID f = target;
                f != null;
                f = item(f).map(WorkspaceItem::parentId).orElse(null)) {
            if (f.equals(itemId)) {
                throw new WorkspaceRefused("workspace.refused.moveIntoItself");
            }
        }
        if (sibling(item.workspaceId(), target, item.name())
                .filter(s -> !s.id().equals(itemId))
                .isPresent()) {
            throw new WorkspaceRefused("workspace.refused.nameTaken", item.name());
        }
        jdbc.sql("update workspace_item set parent_id = :parent, modified_at = :now where id = :id")
                .param("parent", target, java.sql.Types.OTHER)
                .param("now", OffsetDateTime.now())
                .param("id", itemId)
                .update();
        record(viewer, "werkruimte-verplaatst", itemId, "naar " + (target == null ? "bovenste map" : target));
    }

    @Override
    @Transactional
    public void delete(Viewer viewer, UUID itemId) {
        WorkspaceItem item = writableItem(viewer, itemId);
        if (item.deletedAt() != null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        UUID by = account(viewer);
        jdbc.sql("update workspace_item set deleted_at = :now, deleted_by = :by, deleted_with = null where id = :id")
                .param("now", now)
                .param("by", by)
                .param("id", itemId)
                .update();
        List<UUID> level = List.of(itemId);
        while (!level.isEmpty()) {
            List<UUID> children = jdbc.sql(
                            "select id from workspace_item where parent_id in (:ids) and deleted_at is null")
                    .param("ids", level)
                    .query(UUID.class)
                    .list();
            if (!children.isEmpty()) {
                jdbc.sql("update workspace_item set deleted_at = :now, deleted_by = :by, deleted_with = :root"
                                + " where id in (:ids)")
                        .param("now", now)
                        .param("by", by)
                        .param("root", itemId)
                        .param("ids", children)
                        .update();
            }
            level = children;
        }
        record(viewer, "werkruimte-verwijderd", itemId, item.name());
    }

    @Override
    @Transactional
    public void restore(Viewer viewer, UUID itemId) {
        WorkspaceItem item = writableItem(viewer, itemId);
        if (item.deletedAt() == null) {
            return;
        }
        if (item.deletedAt().isBefore(OffsetDateTime.now().minusDays(RESTORE_DAYS))) {
            throw new WorkspaceRefused("workspace.refused.restoreExpired");
        }
        boolean parentGone = item.parentId() != null
                && item(item.parentId()).map(p -> p.deletedAt() != null).orElse(true);
        jdbc.sql("update workspace_item set deleted_at = null, deleted_by = null, deleted_with = null,"
                        + " parent_id = :parent, modified_at = :now where id = :id")
                .param("parent", parentGone ? null : item.parentId(), java.sql.Types.OTHER)
                .param("now", OffsetDateTime.now())
                .param("id", itemId)
                .update();
        jdbc.sql("update workspace_item set deleted_at = null, deleted_by = null, deleted_with = null"
                        + " where deleted_with = :root")
                .param("root", itemId)
                .update();
        record(viewer, "werkruimte-hersteld", itemId, item.name());
    }

    /**
     * Removes for good what went to the bin more than {@link Workspaces#RESTORE_DAYS} days before {@code now}: the
     * items, their versions and shares, and their files, whose content leaves the store after commit unless another
     * file that is not deleted has the same content. What one deletion put in the bin goes in one transaction with one
     * audit entry, so a failure leaves the rest of the bin to the next run.
     *
     * @return how many deletions were purged
     */
    int purgeBin(Instant now) {
        OffsetDateTime cutoff = now.atOffset(java.time.ZoneOffset.UTC).minusDays(RESTORE_DAYS);
        // an item that went with a folder is purged with it, whichever of the two is asked about
        List<UUID> roots =
                jdbc.sql("""
                        select distinct coalesce(deleted_with, id) from workspace_item
                        where deleted_at is not null and deleted_at < :cutoff""").param("cutoff", cutoff).query(UUID.class).list();
        int purged = 0;
        for (UUID root : roots) {
            Integer done = transaction.execute(status -> purge(root, cutoff));
            purged += done == null ? 0 : done;
        }
        return purged;
    }

    private int purge(UUID root, OffsetDateTime cutoff) {
        List<UUID> items = jdbc.sql("""
                        select id from workspace_item
                        where (id = :root or deleted_with = :root) and deleted_at is not null and deleted_at < :cutoff
                        for update""")
                .param("root", root)
                .param("cutoff", cutoff)
                .query(UUID.class)
                .list();
        if (items.isEmpty()) {
            // restored or purged by another instance since the list was read
            return 0;
        }
        String name = item(root).map(WorkspaceItem::name).orElse("?");
        List<UUID> fileIds = jdbc.sql("select file_id from workspace_version where item_id in (:ids)")
                .param("ids", items)
                .query(UUID.class)
                .list();
        jdbc.sql("delete from workspace_share where item_id in (:ids)")
                .param("ids", items)
                .update();
        jdbc.sql("delete from workspace_version where item_id in (:ids)")
                .param("ids", items)
                .update();
        // loosened first, so that no row refers to one deleted before it in the same statement
        jdbc.sql("update workspace_item set parent_id = null where parent_id in (:ids)")
                .param("ids", items)
                .update();
        jdbc.sql("delete from workspace_item where id in (:ids)")
                .param("ids", items)
                .update();
        long removed = fileIds.stream()
                .filter(id -> files.destroy(id) == FileCatalog.Destroyed.REMOVED)
                .count();
        audit.record(AuditContext.within(ProcessingActivity.WORKSPACES, Actor.SYSTEM)
                .event(
                        "werkruimte-prullenbak-geleegd",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.object("WorkspaceItem", root).withConfidentiality("werkruimte"),
                        "%s: %d onderdelen, %d versies, %d bestanden uit de opslag, na %d dagen in de prullenbak"
                                .formatted(name, items.size(), fileIds.size(), removed, RESTORE_DAYS)));
        return 1;
    }

    @Override
    @Transactional
    public void share(Viewer viewer, UUID itemId, UUID withWorkspace) {
        WorkspaceItem item = writableItem(viewer, itemId);
        Workspace own = workspace(item.workspaceId()).orElseThrow();
        Workspace target = workspace(withWorkspace).orElseThrow(() -> new NoSuchElementException("no workspace"));
        if (item.folder() || item.deletedAt() != null) {
            throw new WorkspaceRefused("workspace.refused.shareDocumentsOnly");
        }
        if (target.id().equals(own.id()) || !target.bodyId().equals(own.bodyId())) {
            throw new WorkspaceRefused("workspace.refused.shareTarget");
        }
        jdbc.sql("""
                        insert into workspace_share (item_id, workspace_id, shared_by, shared_at)
                        select :item, :ws, :by, :now
                        where not exists (select 1 from workspace_share where item_id = :item and workspace_id = :ws)""")
                .param("item", itemId)
                .param("ws", target.id())
                .param("by", account(viewer))
                .param("now", OffsetDateTime.now())
                .update();
        record(viewer, "werkruimte-gedeeld", itemId, "met werkruimte " + target.id());
    }

    @Override
    @Transactional
    public void revoke(Viewer viewer, UUID itemId, UUID withWorkspace) {
        writableItem(viewer, itemId);
        int removed = jdbc.sql("delete from workspace_share where item_id = :item and workspace_id = :ws")
                .param("item", itemId)
                .param("ws", withWorkspace)
                .update();
        if (removed > 0) {
            record(viewer, "werkruimte-delen-ingetrokken", itemId, "met werkruimte " + withWorkspace);
        }
    }

    // --- named members

    @Override
    public List<UserAccount> namedMembers(UUID workspace) {
        return jdbc
                .sql("select account_id from workspace_member where workspace_id = :ws order by added_at")
                .param("ws", workspace)
                .query(UUID.class)
                .list()
                .stream()
                .map(accounts::find)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    @Transactional
    public void addNamedMember(UUID workspace, UUID account, UUID byAccount) {
        workspace(workspace).orElseThrow(() -> new NoSuchElementException("no workspace"));
        accounts.find(account).orElseThrow(() -> new NoSuchElementException("no account"));
        int added = jdbc.sql("""
                        insert into workspace_member (workspace_id, account_id, added_by, added_at)
                        select :ws, :account, :by, :now
                        where not exists (select 1 from workspace_member where workspace_id = :ws
                            and account_id = :account)""")
                .param("ws", workspace)
                .param("account", account)
                .param("by", byAccount)
                .param("now", OffsetDateTime.now())
                .update();
        if (added > 0) {
            audit.record(AuditContext.within(ProcessingActivity.WORKSPACES, Actor.account(byAccount))
                    .event(
                            "werkruimte-lid-toegevoegd",
                            Instant.now(),
                            AuditEvent.Status.OK,
                            Subject.ofAccount("Workspace", workspace, account),
                            "bij naam toegevoegd"));
        }
    }

    @Override
    @Transactional
    public void removeNamedMember(UUID workspace, UUID account, UUID byAccount) {
        int removed = jdbc.sql("delete from workspace_member where workspace_id = :ws and account_id = :account")
                .param("ws", workspace)
                .param("account", account)
                .update();
        if (removed > 0) {
            audit.record(AuditContext.within(ProcessingActivity.WORKSPACES, Actor.account(byAccount))
                    .event(
                            "werkruimte-lid-verwijderd",
                            Instant.now(),
                            AuditEvent.Status.OK,
                            Subject.ofAccount("Workspace", workspace, account),
                            "bij naam verwijderd"));
        }
    }

    // --- audit

    private AuditContext context(Viewer viewer) {
        return AuditContext.within(ProcessingActivity.WORKSPACES, Actor.account(account(viewer)));
    }

    private static Subject subject(WorkspaceItem item) {
        return Subject.object("WorkspaceItem", item.id()).withConfidentiality("werkruimte " + item.workspaceId());
    }

    private void record(Viewer viewer, String name, UUID itemId, String outcome) {
        audit.record(context(viewer)
                .event(
                        name,
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.object("WorkspaceItem", itemId).withConfidentiality("werkruimte"),
                        outcome));
    }
}
