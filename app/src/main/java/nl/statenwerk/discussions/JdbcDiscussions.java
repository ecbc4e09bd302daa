package nl.statenwerk.discussions;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.notifications.NewNotification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcDiscussions implements Discussions {

    /** Members' discussions serve the Staten's own work: debate, scrutiny and preparing decisions. */
    static final ProcessingActivity DISCUSSIONS = new ProcessingActivity(
            "urn:statenwerk:verwerkingsactiviteit:discussies-staten",
            "Provinciewet art. 15, 33 en 82 (werkzaamheden van Provinciale Staten, hun commissies en fracties); AVG art. 6 lid 1 sub e");

    /** Roles that take part in the Staten's work; residents and the functioneel beheerder do not. */
    private static final Set<Role> DISCUSSING =
            EnumSet.of(Role.MEMBER, Role.COMMITTEE_MEMBER, Role.FRACTION_STAFF, Role.DEPUTY, Role.GRIFFIE);

    private final JdbcClient jdbc;
    private final Council council;
    private final Accounts accounts;
    private final Viewers viewers;
    private final Notifications notifications;
    private final AuditLog audit;
    private final StatenwerkProperties properties;
    private final Clock clock;

    JdbcDiscussions(
            JdbcClient jdbc,
            Council council,
            Accounts accounts,
            Viewers viewers,
            Notifications notifications,
            AuditLog audit,
            StatenwerkProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.council = council;
        this.accounts = accounts;
        this.viewers = viewers;
        this.notifications = notifications;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    /** What the access rule needs to know of a topic. */
    private record TopicInfo(
            Topic topic,
            String title,
            String backPath,
            @Nullable String confidentiality) {

        boolean nonPublic() {
            return confidentiality != null;
        }
    }

    private record Row(
            UUID id,
            String topicKind,
            UUID topicId,
            @Nullable UUID parentId,
            UUID authorAccountId,
            String visibility,
            @Nullable UUID fractieId,
            String body,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime editedAt,
            @Nullable OffsetDateTime deletedAt) {

        Topic topic() {
            return new Topic(Topic.Kind.valueOf(topicKind), topicId);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayDiscuss(Viewer viewer, Topic topic) {
        return topic(viewer, topic).isPresent();
    }

    @Override
    public Optional<Discussion> read(Viewer viewer, Topic topic) {
        Optional<TopicInfo> info = topic(viewer, topic);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Instant start = Instant.now();
        List<Row> rows = jdbc.sql("select * from discussion_post where topic_kind = :kind and topic_id = :id"
                        + " order by created_at, id")
                .param("kind", topic.kind().name())
                .param("id", topic.id())
                .query(Row.class)
                .list();
        Map<UUID, Row> openings = new LinkedHashMap<>();
        Map<UUID, List<Post>> replies = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.parentId() == null && sees(viewer, row)) {
                openings.put(row.id(), row);
                replies.put(row.id(), new ArrayList<>());
            }
        }
        for (Row row : rows) {
            if (row.parentId() != null && openings.containsKey(row.parentId())) {
                replies.get(row.parentId()).add(post(viewer, row, names));
            }
        }
        List<DiscussionThread> threads = new ArrayList<>();
        for (Row opening : openings.values()) {
            threads.add(new DiscussionThread(post(viewer, opening, names), replies.get(opening.id())));
        }
        threads.sort(Comparator.comparing((DiscussionThread t) -> t.opening().createdAt())
                .reversed());
        if (info.get().nonPublic()) {
            // on record before the text is handed out, whatever happens to the request afterwards
            audit.recordNow(AuditContext.within(ProcessingActivity.CONFIDENTIAL_ACCESS, actor(viewer))
                    .event(
                            "discussie-gelezen",
                            start,
                            AuditEvent.Status.OK,
                            subject(topic).withConfidentiality(info.get().confidentiality()),
                            threads.size() + " draden"));
        }
        return Optional.of(new Discussion(
                topic,
                info.get().title(),
                info.get().backPath(),
                fractie(viewer).map(Organization::name).orElse(null),
                threads));
    }

    @Override
    public Post post(Viewer viewer, Topic topic, @Nullable UUID parent, Visibility visibility, String text) {
        TopicInfo info = topic(viewer, topic).orElseThrow(() -> new NoSuchElementException("no topic " + topic));
        String body = checked(text);
        Visibility shown = visibility;
        UUID fractie = null;
        if (parent != null) {
            Row opening = row(parent)
                    .filter(r -> r.parentId() == null && r.topic().equals(topic) && sees(viewer, r))
                    .orElseThrow(() -> new NoSuchElementException("no thread " + parent));
            shown = Visibility.valueOf(opening.visibility());
            fractie = opening.fractieId();
        } else if (visibility == Visibility.FRACTIE) {
            fractie = fractie(viewer)
                    .map(Organization::id)
                    .orElseThrow(() -> new DiscussionRefused(
                            "discussion.error.noFractie", "a fractie thread needs a fractie of the poster"));
        }
        UUID id = UUID.randomUUID();
        UUID author = Objects.requireNonNull(viewer.account());
        jdbc.sql("insert into discussion_post (id, topic_kind, topic_id, parent_id, author_account_id, visibility,"
                        + " fractie_id, body, created_at) values (:id, :kind, :topic, :parent, :author, :visibility,"
                        + " :fractie, :body, :now)")
                .param("id", id)
                .param("kind", topic.kind().name())
                .param("topic", topic.id())
                .param("parent", parent)
                .param("author", author)
                .param("visibility", shown.name())
                .param("fractie", fractie)
                .param("body", body)
                .param("now", now())
                .update();
        Row row = row(id).orElseThrow();
        record(viewer, "discussiebijdrage-geplaatst", id, shown.name().toLowerCase() + " in " + describe(topic));
        notifyOthers(info, row, author);
        return post(viewer, row, new LinkedHashMap<>());
    }

    @Override
    public Post edit(Viewer viewer, UUID post, String text) {
        Row row = visibleRow(viewer, post);
        if (!Objects.equals(row.authorAccountId(), viewer.account()) || row.deletedAt() != null) {
            throw new DiscussionRefused("discussion.error.notYours", "not the reader's post");
        }
        if (!editable(row)) {
            throw new DiscussionRefused("discussion.error.tooLate", "the edit window has passed");
        }
        String body = checked(text);
        OffsetDateTime now = now();
        jdbc.sql("insert into discussion_post_edit (id, post_id, previous_body, replaced_at)"
                        + " values (:id, :post, :body, :now)")
                .param("id", UUID.randomUUID())
                .param("post", post)
                .param("body", row.body())
                .param("now", now)
                .update();
        jdbc.sql("update discussion_post set body = :body, edited_at = :now where id = :id")
                .param("body", body)
                .param("now", now)
                .param("id", post)
                .update();
        record(viewer, "discussiebijdrage-bewerkt", post, describe(row.topic()));
        return post(viewer, row(post).orElseThrow(), new LinkedHashMap<>());
    }

    @Override
    public void delete(Viewer viewer, UUID post) {
        Row row = visibleRow(viewer, post);
        if (!Objects.equals(row.authorAccountId(), viewer.account())) {
            throw new DiscussionRefused("discussion.error.notYours", "not the reader's post");
        }
        if (row.deletedAt() != null) {
            return;
        }
        jdbc.sql("delete from discussion_post_edit where post_id = :id")
                .param("id", post)
                .update();
        jdbc.sql("update discussion_post set body = '', deleted_at = :now where id = :id")
                .param("now", now())
                .param("id", post)
                .update();
        record(viewer, "discussiebijdrage-verwijderd", post, describe(row.topic()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Topic> topicOf(Viewer viewer, UUID post) {
        return row(post)
                .filter(r -> topic(viewer, r.topic()).isPresent() && sees(viewer, r))
                .map(Row::topic);
    }

    /** The earlier texts of a post, oldest first: kept for the author's accountability, not shown in threads. */
    List<String> history(UUID post) {
        return jdbc.sql("select previous_body from discussion_post_edit where post_id = :id order by replaced_at")
                .param("id", post)
                .query(String.class)
                .list();
    }

    private Row visibleRow(Viewer viewer, UUID post) {
        return row(post)
                .filter(r -> topic(viewer, r.topic()).isPresent() && sees(viewer, r))
                .orElseThrow(() -> new NoSuchElementException("no post " + post));
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select * from discussion_post where id = :id")
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    /**
     * The topic, when this reader may see its discussion: a paper the reader may read, or an agenda item of a meeting
     * of the reader's Staten (a besloten item only for who may read what is besloten there).
     */
    private Optional<TopicInfo> topic(Viewer viewer, Topic topic) {
        if (!viewer.signedIn() || viewer.roles().stream().noneMatch(DISCUSSING::contains)) {
            return Optional.empty();
        }
        return switch (topic.kind()) {
            case PAPER -> {
                Optional<Paper> paper = council.find(Paper.class, topic.id()).filter(p -> p.deletedAt() == null);
                Optional<PaperAccess> access = council.paperAccess(topic.id());
                if (paper.isEmpty()
                        || access.isEmpty()
                        || !viewer.mayRead(
                                access.get().level(),
                                access.get().body(),
                                access.get().owner(),
                                access.get().readers())) {
                    yield Optional.empty();
                }
                yield Optional.of(new TopicInfo(
                        topic,
                        paper.get().name(),
                        "/stukken/" + topic.id(),
                        access.get().level() == AccessLevel.PUBLIC
                                ? null
                                : Objects.requireNonNullElse(paper.get().confidentiality(), "niet openbaar")));
            }
            case AGENDA_ITEM -> {
                Optional<AgendaItem> item =
                        council.find(AgendaItem.class, topic.id()).filter(i -> i.deletedAt() == null);
                Optional<Meeting> meeting = item.flatMap(i -> council.find(Meeting.class, i.meetingId()))
                        .filter(m -> m.deletedAt() == null);
                if (meeting.isEmpty()
                        || !(viewer.isGriffie()
                                || viewer.bodies().contains(meeting.get().bodyId()))) {
                    yield Optional.empty();
                }
                boolean besloten = Boolean.TRUE.equals(item.get().besloten());
                if (besloten
                        && !viewer.mayRead(AccessLevel.CLOSED, meeting.get().bodyId(), null, Set.of())) {
                    yield Optional.empty();
                }
                AgendaItem i = item.get();
                String title =
                        ((i.number() == null ? "" : i.number() + " ") + (i.title() == null ? "" : i.title())).strip();
                yield Optional.of(new TopicInfo(
                        topic,
                        title.isEmpty() ? "Agendapunt" : title,
                        "/vergaderingen/" + meeting.get().id(),
                        besloten ? "besloten" : null));
            }
        };
    }

    /** A fractie thread is for the fractie alone: not for other fracties, and not for the griffie. */
    private static boolean sees(Viewer viewer, Row row) {
        return Visibility.valueOf(row.visibility()) == Visibility.STATEN
                || (row.fractieId() != null && viewer.organizations().contains(row.fractieId()) && !viewer.isGriffie());
    }

    /** The reader's fractie today; with more than one (rare, during a split), the first by name. */
    private Optional<Organization> fractie(Viewer viewer) {
        if (viewer.isGriffie()) {
            return Optional.empty();
        }
        return viewer.organizations().stream()
                .map(id -> council.find(Organization.class, id))
                .flatMap(Optional::stream)
                .filter(o -> o.classification() == OrganizationClassification.FRACTIE && o.deletedAt() == null)
                .min(Comparator.comparing(Organization::name));
    }

    private Post post(Viewer viewer, Row row, Map<UUID, String> names) {
        String author = names.computeIfAbsent(
                row.authorAccountId(),
                id -> accounts.find(id).map(UserAccount::displayName).orElse("?"));
        boolean mine = Objects.equals(row.authorAccountId(), viewer.account());
        return new Post(
                row.id(),
                row.topic(),
                row.parentId(),
                row.authorAccountId(),
                author,
                Visibility.valueOf(row.visibility()),
                row.fractieId(),
                row.fractieId() == null
                        ? null
                        : council.find(Organization.class, row.fractieId())
                                .map(Organization::name)
                                .orElse(null),
                row.deletedAt() == null ? row.body() : "",
                row.createdAt(),
                row.editedAt(),
                row.deletedAt() != null,
                mine,
                mine && row.deletedAt() == null && editable(row));
    }

    private boolean editable(Row row) {
        return row.createdAt().toInstant().plus(EDIT_WINDOW).isAfter(clock.instant());
    }

    /** Tells the others who wrote in this discussion, each only when they may see the new post. */
    private void notifyOthers(TopicInfo info, Row row, UUID author) {
        List<UUID> others = jdbc.sql("select distinct author_account_id from discussion_post"
                        + " where topic_kind = :kind and topic_id = :id and author_account_id <> :author")
                .param("kind", row.topicKind())
                .param("id", row.topicId())
                .param("author", author)
                .query(UUID.class)
                .list();
        String poster = accounts.find(author).map(UserAccount::displayName).orElse("?");
        for (UUID other : others) {
            Viewer them = viewers.of(other);
            if (topic(them, info.topic()).isEmpty() || !sees(them, row)) {
                continue;
            }
            notifications.add(new NewNotification(
                    other,
                    NotificationKind.DISCUSSION_POST,
                    poster,
                    // the digest e-mail carries the title: a non-public paper's name stays in the application
                    info.nonPublic() ? "Niet-openbaar onderwerp" : info.title(),
                    properties.baseUrl() + path(info.topic()) + "#bijdrage-" + row.id(),
                    row.id().toString()));
        }
    }

    /** The portal page of a topic's discussion. */
    static String path(Topic topic) {
        return switch (topic.kind()) {
            case PAPER -> "/stukken/" + topic.id() + "/discussie";
            case AGENDA_ITEM -> "/agendapunten/" + topic.id() + "/discussie";
        };
    }

    private static String checked(String text) {
        String body = text.strip();
        if (body.isEmpty()) {
            throw new DiscussionRefused("discussion.error.empty", "empty text");
        }
        if (body.length() > MAX_LENGTH) {
            throw new DiscussionRefused("discussion.error.tooLong", "text longer than " + MAX_LENGTH);
        }
        return body;
    }

    private void record(Viewer viewer, String name, UUID post, String outcome) {
        Instant start = Instant.now();
        audit.record(AuditContext.within(DISCUSSIONS, actor(viewer))
                .event(
                        name,
                        start,
                        AuditEvent.Status.OK,
                        Subject.ofAccount("DiscussionPost", post, Objects.requireNonNull(viewer.account())),
                        outcome));
    }

    private static Subject subject(Topic topic) {
        return Subject.object(topic.kind() == Topic.Kind.PAPER ? "Paper" : "AgendaItem", topic.id());
    }

    private static String describe(Topic topic) {
        return (topic.kind() == Topic.Kind.PAPER ? "Paper " : "AgendaItem ") + topic.id();
    }

    private static Actor actor(Viewer viewer) {
        return viewer.account() == null ? Actor.SYSTEM : Actor.account(viewer.account());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
