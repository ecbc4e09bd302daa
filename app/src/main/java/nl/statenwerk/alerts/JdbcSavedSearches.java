package nl.statenwerk.alerts;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.search.SearchQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcSavedSearches implements SavedSearches {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AlertCheck check;

    private final AuditLog audit;

    JdbcSavedSearches(JdbcClient jdbc, Accounts accounts, AlertCheck check, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.check = check;
    }

    @Override
    public SavedSearch save(UUID accountId, String name, SearchQuery query, boolean alerts) {
        String checkedName = name(name);
        if (accounts.find(accountId).isEmpty()) {
            throw new NoSuchElementException("No account " + accountId);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = RecordTable.now();
        jdbc.sql("""
                        insert into saved_search (id, account_id, name, query_text, object_type, year_of, from_date,
                            to_date, body_name, meeting_type, fractie, vote_result, alerts, created_at)
                        values (:id, :account, :name, :q, :type, :year, :from, :to, :body, :meetingType, :fractie,
                            :voteResult, :alerts, :created)""")
                .param("id", id)
                .param("account", accountId)
                .param("name", checkedName)
                .param("q", query.q())
                .param("type", query.type(), Types.VARCHAR)
                .param("year", query.year(), Types.INTEGER)
                .param("from", query.from(), Types.DATE)
                .param("to", query.to(), Types.DATE)
                .param("body", query.body(), Types.VARCHAR)
                .param("meetingType", query.meetingType(), Types.VARCHAR)
                .param("fractie", query.fractie(), Types.VARCHAR)
                .param("voteResult", query.voteResult(), Types.VARCHAR)
                .param("alerts", alerts)
                .param("created", now)
                .update();
        audited(
                "zoekopdracht-bewaard",
                accountId,
                "SavedSearch",
                id,
                alerts ? "met attendering" : "zonder attendering");
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SavedSearch> find(UUID id) {
        return jdbc.sql("select * from saved_search where id = :id")
                .param("id", id)
                .query(SavedSearchRows.ROW)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SavedSearch> of(UUID accountId) {
        return jdbc.sql("select * from saved_search where account_id = :account order by lower(name), created_at")
                .param("account", accountId)
                .query(SavedSearchRows.ROW)
                .list();
    }

    @Override
    public SavedSearch rename(UUID accountId, UUID id, String name) {
        String checkedName = name(name);
        own(jdbc.sql("update saved_search set name = :name where id = :id and account_id = :account")
                .param("name", checkedName)
                .param("id", id)
                .param("account", accountId)
                .update());
        audited("zoekopdracht-hernoemd", accountId, "SavedSearch", id, "hernoemd");
        return find(id).orElseThrow();
    }

    /**
     * Turned on again, alerts start from a new baseline: what was published while they were off is not notified
     * afterwards in one go.
     */
    @Override
    public SavedSearch setAlerts(UUID accountId, UUID id, boolean alerts) {
        own(jdbc.sql("""
                        update saved_search set alerts = :alerts,
                            last_checked_at = case when alerts = :alerts then last_checked_at else null end
                        where id = :id and account_id = :account""")
                .param("alerts", alerts)
                .param("id", id)
                .param("account", accountId)
                .update());
        audited("attendering-gewijzigd", accountId, "SavedSearch", id, alerts ? "aan" : "uit");
        return find(id).orElseThrow();
    }

    @Override
    public void delete(UUID accountId, UUID id) {
        own(jdbc.sql("delete from saved_search where id = :id and account_id = :account")
                .param("id", id)
                .param("account", accountId)
                .update());
        audited("zoekopdracht-verwijderd", accountId, "SavedSearch", id, "verwijderd");
    }

    /** Not in one transaction: each saved search is checked in its own, so that one failure holds up no other. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AlertRun checkAlerts() {
        return check.run();
    }

    private static void own(int updated) {
        if (updated == 0) {
            throw new NoSuchElementException("No such saved search of this account");
        }
    }

    private static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("A saved search's name has 1 to " + MAX_NAME + " characters.");
        }
        return stripped;
    }

    /** One audit entry for a change of the account's own {@code type}, in this transaction. */
    private void audited(String name, UUID accountId, String type, UUID objectId, String outcome) {
        audit.record(AuditContext.within(ProcessingActivity.USER_SERVICES, Actor.account(accountId))
                .event(
                        name,
                        java.time.Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount(type, objectId, accountId),
                        outcome));
    }
}
