package nl.statenwerk.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Person;
import nl.statenwerk.identity.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcViewers implements Viewers {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Council council;
    private final SignIn signIn;
    private final Clock clock;

    JdbcViewers(JdbcClient jdbc, Accounts accounts, Council council, SignIn signIn, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.council = council;
        this.signIn = signIn;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @Override
    public Viewer current() {
        return signIn.current()
                .filter(user -> user.secondFactor() || user.roles().stream().noneMatch(Role::needsSecondFactor))
                .map(user -> of(user.account()))
                .orElse(Viewer.PUBLIC);
    }

    @Override
    public Viewer of(UUID account) {
        if (accounts.find(account).isEmpty()) {
            return Viewer.PUBLIC;
        }
        Set<Role> roles = accounts.roles(account);
        Optional<UUID> person = personOf(account);
        Set<UUID> bodies = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        person.flatMap(id -> council.find(Person.class, id))
                .filter(p -> p.deletedAt() == null)
                .ifPresent(p -> {
                    bodies.add(p.bodyId());
                    LocalDate today = LocalDate.now(clock);
                    for (Membership m : council.related(Membership.class, "person_id", p.id(), false)) {
                        if (current(m, today)) {
                            bodies.add(m.bodyId());
                            organizations.add(m.organizationId());
                        }
                    }
                });
        return new Viewer(account, roles, person.orElse(null), bodies, organizations);
    }

    /** A membership counts from its first day to its last, both included; one without dates counts always. */
    private static boolean current(Membership m, LocalDate today) {
        return (m.startDate() == null || !m.startDate().isAfter(today))
                && (m.endDate() == null || !m.endDate().isBefore(today));
    }

    @Override
    @Transactional
    public void link(UUID account, Optional<UUID> person) {
        if (accounts.find(account).isEmpty()) {
            throw new NoSuchElementException("no account " + account);
        }
        if (person.isEmpty()) {
            jdbc.sql("delete from account_person where account_id = :account")
                    .param("account", account)
                    .update();
            return;
        }
        UUID personId = person.get();
        if (council.find(Person.class, personId).isEmpty()) {
            throw new NoSuchElementException("no person " + personId);
        }
        Optional<UUID> linked = accountOf(personId);
        if (linked.isPresent() && !linked.get().equals(account)) {
            throw new IllegalArgumentException("another account is linked to person " + personId);
        }
        jdbc.sql("delete from account_person where account_id = :account")
                .param("account", account)
                .update();
        jdbc.sql("insert into account_person (account_id, person_id, linked_at) values (:account, :person, :at)")
                .param("account", account)
                .param("person", personId)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    @Override
    public Optional<UUID> personOf(UUID account) {
        return jdbc.sql("select person_id from account_person where account_id = :account")
                .param("account", account)
                .query(UUID.class)
                .optional();
    }

    @Override
    public Optional<UUID> accountOf(UUID person) {
        return jdbc.sql("select account_id from account_person where person_id = :person")
                .param("person", person)
                .query(UUID.class)
                .optional();
    }
}
