package nl.statenwerk.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.CouncilObjectChanged;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.notifications.NewNotification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the members of a committee (or other organisation) when a paper is put on the agenda of one of its coming
 * meetings: a consultation that links a paper to the meeting or to one of its agenda items. Each member hears of a
 * paper on a meeting once ({@code agenda_paper_notice}), and only of a paper they may read; whether it also goes in
 * their digest, or nowhere, is their setting.
 */
@Component
class AgendaPaperNotices {

    private final Council council;
    private final Viewers viewers;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final String baseUrl;
    private final Clock clock;

    AgendaPaperNotices(
            Council council,
            Viewers viewers,
            Notifications notifications,
            JdbcClient jdbc,
            StatenwerkProperties properties,
            ObjectProvider<Clock> clock) {
        this.council = council;
        this.viewers = viewers;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.baseUrl = properties.baseUrl();
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @ApplicationModuleListener
    void on(CouncilObjectChanged changed) {
        if (!changed.type().equals(Consultation.class.getSimpleName())) {
            return;
        }
        council.find(Consultation.class, changed.id())
                .filter(c -> c.deletedAt() == null)
                .ifPresent(this::notifyMembers);
    }

    private void notifyMembers(Consultation consultation) {
        UUID meetingId = consultation.meetingId() != null
                ? consultation.meetingId()
                : Optional.ofNullable(consultation.agendaItemId())
                        .flatMap(id -> council.find(AgendaItem.class, id))
                        .map(AgendaItem::meetingId)
                        .orElse(null);
        if (meetingId == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Meeting> meeting = council.find(Meeting.class, meetingId)
                .filter(m -> m.deletedAt() == null && m.organizationId() != null)
                .filter(m -> m.meetingDate() == null || !m.meetingDate().isBefore(today));
        Optional<PaperAccess> access = council.paperAccess(consultation.paperId());
        Optional<Paper> paper =
                council.find(Paper.class, consultation.paperId()).filter(p -> p.deletedAt() == null);
        if (meeting.isEmpty() || access.isEmpty() || paper.isEmpty()) {
            return;
        }
        Meeting m = meeting.get();
        String topic = council.find(Organization.class, m.organizationId())
                        .map(Organization::name)
                        .orElse("")
                + (m.meetingDate() == null ? "" : ", " + m.meetingDate());
        for (UUID account : members(m.organizationId(), today)) {
            Viewer viewer = viewers.of(account);
            PaperAccess a = access.get();
            // a member hears only of what they may read, by the same rule as every page; and of a committee they
            // still belong to (the Viewer's memberships are today's)
            if (!viewer.organizations().contains(m.organizationId())
                    || !viewer.mayRead(a.level(), a.body(), a.owner(), a.readers())
                    || !firstTime(account, paper.get().id(), m.id())) {
                continue;
            }
            notifications.add(new NewNotification(
                    account,
                    NotificationKind.AGENDA_PAPER,
                    topic.isBlank() ? String.valueOf(m.name()) : topic,
                    paper.get().name(),
                    baseUrl + "/stukken/" + paper.get().id(),
                    paper.get().id().toString()));
        }
    }

    /** The accounts linked to the persons with a current membership of the organisation. */
    private Set<UUID> members(UUID organization, LocalDate today) {
        Set<UUID> accounts = new LinkedHashSet<>();
        for (Membership membership : council.related(Membership.class, "organization_id", organization, false)) {
            boolean current = (membership.startDate() == null
                            || !membership.startDate().isAfter(today))
                    && (membership.endDate() == null || !membership.endDate().isBefore(today));
            if (current) {
                viewers.accountOf(membership.personId()).ifPresent(accounts::add);
            }
        }
        return accounts;
    }

    private boolean firstTime(UUID account, UUID paper, UUID meeting) {
        return jdbc.sql("""
                                insert into agenda_paper_notice (account_id, paper_id, meeting_id, notified_at)
                                select :account, :paper, :meeting, :at
                                where not exists (select 1 from agenda_paper_notice
                                    where account_id = :account and paper_id = :paper and meeting_id = :meeting)""")
                        .param("account", account)
                        .param("paper", paper)
                        .param("meeting", meeting)
                        .param("at", OffsetDateTime.now(clock))
                        .update()
                == 1;
    }
}
