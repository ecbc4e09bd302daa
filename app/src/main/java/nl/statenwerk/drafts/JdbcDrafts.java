package nl.statenwerk.drafts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import org.automerge.ChangeHash;
import org.automerge.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts in the database. Every change to a draft's document runs with its row locked ({@code for update}), so merges
 * into one draft happen one after the other, also across application instances; the document is loaded from its save
 * and the changes since, changed, and the difference appended.
 */
@Service
class JdbcDrafts implements Drafts {

    /** After this many appended changes the document is saved whole again and they are removed. */
    static final int COMPACT_AFTER = 50;

    private static final int MAX_TITLE = 300;

    /** A no-JavaScript save or a sync larger than this is refused: a draft is a few pages of text. */
    static final int MAX_TEXT = 200_000;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;

    JdbcDrafts(JdbcClient jdbc, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Draft create(UUID owner, DraftKind kind, String title) {
        String name = title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A draft's title has 1 to " + MAX_TITLE + " characters.");
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into draft (id, kind, title, owner_account_id, document, created_at, modified_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, kind.name(), name, owner, DraftDocuments.create(Templates.of(kind, name)), now, now)
                .update();
        audited(owner, "concept-aangemaakt", id, kind.name());
        return find(id, owner).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Draft> of(UUID account) {
        List<UUID> ids = jdbc.sql("select id from draft where owner_account_id = :a or id in"
                        + " (select draft_id from draft_participant where account_id = :a)"
                        + " order by modified_at desc, id")
                .param("a", account)
                .query(UUID.class)
                .list();
        List<Draft> drafts = new ArrayList<>();
        for (UUID id : ids) {
            find(id, account).ifPresent(drafts::add);
        }
        return drafts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Draft> find(UUID id, UUID account) {
        return draft(id).filter(d -> d.isOwner(account) || d.participants().contains(account));
    }

    @Override
    @Transactional
    public Optional<DraftText> read(UUID id, UUID account) {
        Optional<Draft> draft = find(id, account);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        DraftText text = withDocument(
                draft.get(), d -> new DraftText(draft.get(), DraftDocuments.text(d), DraftDocuments.heads(d)));
        // a read must be on record before the text is handed out
        audit.recordNow(event(account, "concept-gelezen", id, null));
        return Optional.of(text);
    }

    @Override
    @Transactional
    public Draft invite(UUID id, UUID owner, String email) {
        Draft draft = find(id, owner).filter(d -> d.isOwner(owner)).orElseThrow(NoSuchElementException::new);
        UserAccount invited = accounts.findByEmail(email.strip()).orElseThrow(NoSuchElementException::new);
        if (!invited.id().equals(owner) && !draft.participants().contains(invited.id())) {
            jdbc.sql("insert into draft_participant (draft_id, account_id, added_at) values (?, ?, ?)")
                    .params(id, invited.id(), OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
            audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(owner))
                    .event(
                            "concept-deelnemer-toegevoegd",
                            Instant.now(),
                            AuditEvent.Status.OK,
                            Subject.ofAccount("Draft", id, invited.id()),
                            null));
        }
        return find(id, owner).orElseThrow();
    }

    @Override
    @Transactional
    public Draft removeParticipant(UUID id, UUID owner, UUID participant) {
        // locked, so that a sync already under way finishes before and none of the participant's starts after
        Draft draft = lock(id, owner);
        if (!draft.isOwner(owner) || !draft.participants().contains(participant)) {
            throw new NoSuchElementException();
        }
        jdbc.sql("delete from draft_participant where draft_id = ? and account_id = ?")
                .params(id, participant)
                .update();
        audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(owner))
                .event(
                        "concept-deelnemer-verwijderd",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount("Draft", id, participant),
                        null));
        return find(id, owner).orElseThrow();
    }

    @Override
    @Transactional
    public SyncReply sync(UUID id, UUID account, byte[] changes, List<String> clientHeads) {
        if (changes.length > MAX_TEXT * 4) {
            throw new IllegalArgumentException("changes too large");
        }
        Draft draft = lock(id, account);
        ChangeHash[] known = DraftDocuments.hashes(clientHeads);
        Document document = load(id);
        try {
            ChangeHash[] before = document.getHeads();
            if (changes.length > 0) {
                try {
                    document.applyEncodedChanges(changes);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("not Automerge changes", e);
                }
            }
            boolean changed = persist(id, document, before);
            if (changed) {
                audited(account, "concept-gewijzigd", draft.id(), "samen bewerkt");
            }
            byte[] reply;
            try {
                reply = document.encodeChangesSince(known);
            } catch (RuntimeException e) {
                // the client names a version the server does not have: give it everything
                reply = document.save();
            }
            if (reply.length > 0) {
                audit.recordNow(event(account, "concept-gelezen", id, "wijzigingen van anderen"));
            }
            return new SyncReply(reply, DraftDocuments.heads(document), changed);
        } finally {
            document.free();
        }
    }

    @Override
    @Transactional
    public DraftText save(UUID id, UUID account, List<String> baseHeads, String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("text too long");
        }
        Draft draft = lock(id, account);
        // a browser sends a textarea's line breaks as CR LF
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        Document document = load(id);
        try {
            ChangeHash[] before = document.getHeads();
            Document base;
            try {
                base = document.fork(DraftDocuments.hashes(baseHeads));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown version", e);
            }
            try {
                DraftDocuments.replaceText(base, normalised);
                document.merge(base);
            } finally {
                base.free();
            }
            if (persist(id, document, before)) {
                audited(account, "concept-gewijzigd", draft.id(), "opgeslagen zonder JavaScript");
            }
            return new DraftText(draft, DraftDocuments.text(document), DraftDocuments.heads(document));
        } finally {
            document.free();
        }
    }

    @Override
    @Transactional
    public Optional<DraftText> export(UUID id, UUID account) {
        Optional<Draft> draft = find(id, account);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        DraftText text = withDocument(
                draft.get(), d -> new DraftText(draft.get(), DraftDocuments.text(d), DraftDocuments.heads(d)));
        audit.recordNow(event(account, "concept-geexporteerd", id, "tekst"));
        return Optional.of(text);
    }

    private Draft lock(UUID id, UUID account) {
        jdbc.sql("select id from draft where id = ? for update")
                .param(id)
                .query(UUID.class)
                .optional();
        return find(id, account).orElseThrow(NoSuchElementException::new);
    }

    private Optional<Draft> draft(UUID id) {
        return jdbc.sql("select id, kind, title, owner_account_id, created_at, modified_at from draft where id = ?")
                .param(id)
                .query((rs, n) -> new Draft(
                        rs.getObject("id", UUID.class),
                        DraftKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("owner_account_id", UUID.class),
                        jdbc.sql(
                                        "select account_id from draft_participant where draft_id = ? order by added_at, account_id")
                                .param(id)
                                .query(UUID.class)
                                .list(),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("modified_at").toInstant()))
                .optional();
    }

    private <T> T withDocument(Draft draft, java.util.function.Function<Document, T> reader) {
        Document document = load(draft.id());
        try {
            return reader.apply(document);
        } finally {
            document.free();
        }
    }

    private Document load(UUID id) {
        byte[] saved = jdbc.sql("select document from draft where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        Document document = Document.load(saved);
        for (byte[] changes : jdbc.sql("select changes from draft_change where draft_id = ? order by seq")
                .param(id)
                .query(byte[].class)
                .list()) {
            document.applyEncodedChanges(changes);
        }
        return document;
    }

    /** Keeps what changed since {@code before}; false when nothing did. */
    private boolean persist(UUID id, Document document, ChangeHash[] before) {
        byte[] changes = document.encodeChangesSince(before);
        if (changes.length == 0) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long appended = jdbc.sql("select count(*) from draft_change where draft_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        if (appended + 1 >= COMPACT_AFTER) {
            jdbc.sql("update draft set document = ?, modified_at = ? where id = ?")
                    .params(document.save(), now, id)
                    .update();
            jdbc.sql("delete from draft_change where draft_id = ?").param(id).update();
        } else {
            jdbc.sql("insert into draft_change (draft_id, seq, changes) values (?,"
                            + " (select coalesce(max(seq), 0) + 1 from draft_change where draft_id = ?), ?)")
                    .params(id, id, changes)
                    .update();
            jdbc.sql("update draft set modified_at = ? where id = ?")
                    .params(now, id)
                    .update();
        }
        return true;
    }

    private void audited(UUID account, String name, UUID draft, @Nullable String outcome) {
        audit.record(event(account, name, draft, outcome));
    }

    private static AuditEvent event(UUID account, String name, UUID draft, @Nullable String outcome) {
        return AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(account))
                .event(name, Instant.now(), AuditEvent.Status.OK, Subject.object("Draft", draft), outcome);
    }
}
