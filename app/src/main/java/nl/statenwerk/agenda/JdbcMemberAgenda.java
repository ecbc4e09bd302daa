package nl.statenwerk.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.agenda.Agenda.AgendaMeeting;
import nl.statenwerk.agenda.Agenda.AgendaPaper;
import nl.statenwerk.agenda.Agenda.Deadline;
import nl.statenwerk.agenda.Agenda.DeadlineKind;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.CommitmentStatus;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FollowUpStatus;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.woorequests.WooRequest;
import nl.statenwerk.woorequests.WooRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcMemberAgenda implements MemberAgenda {

    /** A member's agenda is a few committees' meetings; more than this in two months is not an agenda. */
    private static final int MAX_MEETINGS = 200;

    /** The griffie sees Woo-request terms that end within two weeks, and those that passed. */
    private static final int WOO_DAYS = 14;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Council council;
    private final FollowUps followUps;
    private final WooRequests wooRequests;
    private final AuditLog audit;

    JdbcMemberAgenda(JdbcClient jdbc, Council council, FollowUps followUps, WooRequests wooRequests, AuditLog audit) {
        this.jdbc = jdbc;
        this.council = council;
        this.followUps = followUps;
        this.wooRequests = wooRequests;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Agenda of(Viewer viewer, LocalDate today) {
        return agenda(viewer, today, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Agenda feed(Viewer viewer, LocalDate today) {
        return agenda(viewer, today, true);
    }

    private Agenda agenda(Viewer viewer, LocalDate today, boolean publicOnly) {
        if (!viewer.signedIn()) {
            return new Agenda(List.of(), List.of());
        }
        List<Meeting> meetings = meetings(viewer, today);
        Map<UUID, List<AgendaPaper>> papers = papers(viewer, meetings, publicOnly);
        Map<UUID, String> organizations = new HashMap<>();
        List<AgendaMeeting> rows = new ArrayList<>();
        for (Meeting m : meetings) {
            String organization = m.organizationId() == null
                    ? null
                    : organizations.computeIfAbsent(
                            m.organizationId(),
                            id -> council.find(Organization.class, id)
                                    .map(Organization::name)
                                    .orElse(""));
            rows.add(new AgendaMeeting(
                    m,
                    organization == null || organization.isEmpty() ? null : organization,
                    papers.getOrDefault(m.id(), List.of())));
        }
        return new Agenda(rows, deadlines(viewer, today, publicOnly));
    }

    /**
     * The meetings of the reader's committees and other organisations; for a Statenlid or gedeputeerde also the
     * Statenvergaderingen of their bodies; for the griffie, who prepares them all, every meeting.
     */
    private List<Meeting> meetings(Viewer viewer, LocalDate today) {
        LocalDate until = today.plusDays(DAYS_AHEAD);
        Map<UUID, Meeting> found = new LinkedHashMap<>();
        if (viewer.isGriffie()) {
            council.meetingsByDate(null, null, today, until, false, MAX_MEETINGS)
                    .forEach(m -> found.put(m.id(), m));
        }
        for (UUID organization : viewer.organizations()) {
            council.meetingsByDate(null, organization, today, until, false, MAX_MEETINGS)
                    .forEach(m -> found.put(m.id(), m));
        }
        if (viewer.roles().contains(Role.MEMBER) || viewer.roles().contains(Role.DEPUTY)) {
            for (UUID body : viewer.bodies()) {
                council.meetingsByDate(body, null, today, until, false, MAX_MEETINGS).stream()
                        .filter(m -> m.meetingType() == MeetingType.STATENVERGADERING)
                        .forEach(m -> found.put(m.id(), m));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(
                                (Meeting m) -> m.meetingDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.startAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(MAX_MEETINGS)
                .toList();
    }

    /**
     * The papers on each meeting's agenda (through its consultations, on the meeting or on one of its items) that the
     * reader may read, by the one rule of {@link Viewer#mayRead}; each one that is not public is logged as read.
     */
    private Map<UUID, List<AgendaPaper>> papers(Viewer viewer, List<Meeting> meetings, boolean publicOnly) {
        if (meetings.isEmpty()) {
            return Map.of();
        }
        List<UUID> meetingIds = meetings.stream().map(Meeting::id).toList();
        Map<UUID, UUID> itemMeeting = new HashMap<>();
        for (AgendaItem item : council.related(AgendaItem.class, "meeting_id", meetingIds, false)) {
            itemMeeting.put(item.id(), item.meetingId());
        }
        Map<UUID, Set<UUID>> paperIds = new LinkedHashMap<>();
        List<Consultation> consultations =
                new ArrayList<>(council.related(Consultation.class, "meeting_id", meetingIds, false));
        if (!itemMeeting.isEmpty()) {
            consultations.addAll(council.related(Consultation.class, "agenda_item_id", itemMeeting.keySet(), false));
        }
        for (Consultation c : consultations) {
            UUID meeting = c.meetingId() != null ? c.meetingId() : itemMeeting.get(c.agendaItemId());
            if (meeting != null && meetingIds.contains(meeting)) {
                paperIds.computeIfAbsent(meeting, k -> new LinkedHashSet<>()).add(c.paperId());
            }
        }
        Map<UUID, Optional<AgendaPaper>> readable = new HashMap<>();
        Map<UUID, List<AgendaPaper>> result = new HashMap<>();
        paperIds.forEach((meeting, ids) -> {
            List<AgendaPaper> list = new ArrayList<>();
            for (UUID id : ids) {
                readable.computeIfAbsent(id, p -> readable(viewer, p, publicOnly))
                        .ifPresent(list::add);
            }
            result.put(meeting, list);
        });
        return result;
    }

    private Optional<AgendaPaper> readable(Viewer viewer, UUID paperId, boolean publicOnly) {
        Optional<PaperAccess> access = council.paperAccess(paperId);
        if (access.isEmpty()) {
            return Optional.empty();
        }
        PaperAccess a = access.get();
        if (publicOnly && a.level() != AccessLevel.PUBLIC) {
            return Optional.empty();
        }
        if (!viewer.mayRead(a.level(), a.body(), a.owner(), a.readers())) {
            return Optional.empty();
        }
        Optional<Paper> paper = council.find(Paper.class, paperId).filter(p -> p.deletedAt() == null);
        if (paper.isPresent() && a.level() != AccessLevel.PUBLIC) {
            read(viewer, paperId, a.level());
        }
        return paper.map(p -> new AgendaPaper(paperId, p.name(), p.reference(), a.level()));
    }

    /** The title of a paper that is not public is information that is not public: its showing is a read. */
    private void read(Viewer viewer, UUID paperId, AccessLevel level) {
        UUID account = viewer.account();
        Actor actor = account == null ? Actor.SYSTEM : Actor.account(account);
        audit.record(AuditContext.within(ProcessingActivity.CONFIDENTIAL_ACCESS, actor)
                .event(
                        "stuk-getoond",
                        Instant.now(),
                        AuditEvent.Status.OK,
                        new Subject("Paper", paperId.toString(), null, null, level.name()),
                        "titel getoond in mijn agenda"));
    }

    private List<Deadline> deadlines(Viewer viewer, LocalDate today, boolean publicOnly) {
        List<Deadline> deadlines = new ArrayList<>();
        Set<@Nullable UUID> bodies =
                viewer.isGriffie() ? java.util.Collections.singleton(null) : Set.copyOf(viewer.bodies());
        LocalDate until = today.plusDays(DAYS_AHEAD);
        for (UUID body : bodies) {
            for (CommitmentStatus status : List.of(CommitmentStatus.OVERDUE, CommitmentStatus.OPEN)) {
                followUps
                        .commitments(new FollowUps.CommitmentFilter(body, null, status, today, 0, 1000))
                        .rows()
                        .stream()
                        .filter(c -> c.dueDate() != null && !c.dueDate().isAfter(until))
                        .forEach(c -> deadlines.add(new Deadline(
                                DeadlineKind.COMMITMENT,
                                c.dueDate(),
                                c.text(),
                                "/toezeggingen?status=" + status.code(),
                                status == CommitmentStatus.OVERDUE)));
            }
            followUps
                    .motions(new FollowUps.MotionFilter(body, null, null, null, FollowUpStatus.OPEN, 0, 1000))
                    .rows()
                    .forEach(m -> deadlines.add(new Deadline(
                            DeadlineKind.MOTION,
                            null,
                            m.reference() == null ? m.name() : m.reference() + " " + m.name(),
                            "/stukken/" + m.paperId(),
                            false)));
        }
        // Woo requests are the griffie's work and not public: never in the feed, which works without a session
        if (viewer.isGriffie() && !publicOnly) {
            for (WooRequest request : wooRequests.open()) {
                if (request.decision() == null && !request.deadline().isAfter(today.plusDays(WOO_DAYS))) {
                    deadlines.add(new Deadline(
                            DeadlineKind.WOO_REQUEST,
                            request.deadline(),
                            request.reference() + " " + request.subject(),
                            "/beheer/woo-verzoeken/" + request.id(),
                            request.overdue(today)));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return deadlines;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasFeed(UUID account) {
        return jdbc.sql("select count(*) from agenda_feed where account_id = :account")
                        .param("account", account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public String newFeedToken(UUID account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("delete from agenda_feed where account_id = :account")
                .param("account", account)
                .update();
        jdbc.sql("insert into agenda_feed (account_id, token_hash, created_at) values (:account, :hash, :at)")
                .param("account", account)
                .param("hash", hash(token))
                .param("at", OffsetDateTime.now())
                .update();
        changed(account, "agenda-feed-gemaakt", "nieuwe link, de vorige werkt niet meer");
        return token;
    }

    @Override
    public void revokeFeedToken(UUID account) {
        if (jdbc.sql("delete from agenda_feed where account_id = :account")
                        .param("account", account)
                        .update()
                > 0) {
            changed(account, "agenda-feed-ingetrokken", "link werkt niet meer");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> feedAccount(String token) {
        if (token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from agenda_feed where token_hash = :hash")
                .param("hash", hash(token))
                .query(UUID.class)
                .optional();
    }

    private void changed(UUID account, String name, String outcome) {
        audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(account))
                .event(
                        name,
                        Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount("AgendaFeed", account, account),
                        outcome));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
