package nl.statenwerk.accounts;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.RecordTable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcAccounts implements Accounts {

    /**
     * One {@code @}, a dot in the domain, no white space: enough to catch typing errors, and no line break can reach
     * a mail header. Whether the address exists only a sent message can tell.
     */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;

    private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(
            rs.getObject("id", UUID.class),
            rs.getString("display_name"),
            rs.getString("email"),
            DigestPreference.valueOf(rs.getString("digest")),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    private final AuditLog audit;

    JdbcAccounts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public UserAccount create(String displayName, String email, DigestPreference digest) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_NAME + " characters.");
        }
        String address = normalise(email);
        if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
        if (findByEmail(address).isPresent()) {
            throw new IllegalArgumentException("An account with this e-mail address exists.");
        }
        OffsetDateTime now = RecordTable.now();
        UserAccount account = new UserAccount(UUID.randomUUID(), name, address, digest, now.toInstant());
        jdbc.sql("""
                        insert into user_account (id, display_name, email, digest, created_at)
                        values (:id, :name, :email, :digest, :created)""")
                .param("id", account.id())
                .param("name", account.displayName())
                .param("email", account.email())
                .param("digest", digest.name())
                .param("created", now)
                .update();
        audited("account-aangemaakt", account.id(), "UserAccount", account.id(), "aangemaakt");
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select * from user_account where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select * from user_account where email = :email")
                .param("email", normalise(email))
                .query(ROW)
                .optional();
    }

    @Override
    public UserAccount setDigest(UUID id, DigestPreference digest) {
        int updated = jdbc.sql("update user_account set digest = :digest where id = :id")
                .param("digest", digest.name())
                .param("id", id)
                .update();
        if (updated == 0) {
            throw new NoSuchElementException("No account " + id);
        }
        audited("account-gewijzigd", id, "UserAccount", id, "overzicht per e-mail: " + digest.name());
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> withDigest(DigestPreference digest) {
        return jdbc.sql("select * from user_account where digest = :digest order by created_at, id")
                .param("digest", digest.name())
                .query(ROW)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserAccount> withRole(Role role) {
        return jdbc.sql("select a.* from user_account a join account_role r on r.account_id = a.id"
                        + " where r.role = :role order by a.created_at, a.id")
                .param("role", role.name())
                .query(ROW)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Role> roles(UUID account) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from account_role where account_id = :id")
                .param("id", account)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public void grant(UUID account, Role role) {
        if (find(account).isEmpty()) {
            throw new NoSuchElementException("No account " + account);
        }
        if (!roles(account).contains(role)) {
            jdbc.sql("insert into account_role (account_id, role) values (:id, :role)")
                    .param("id", account)
                    .param("role", role.name())
                    .update();
            roleChanged("rol-toegekend", account, role);
        }
    }

    @Override
    public void revoke(UUID account, Role role) {
        int removed = jdbc.sql("delete from account_role where account_id = :id and role = :role")
                .param("id", account)
                .param("role", role.name())
                .update();
        if (removed > 0) {
            roleChanged("rol-ingetrokken", account, role);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyHas(Role role) {
        return jdbc.sql("select count(*) from account_role where role = :role")
                        .param("role", role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** One audit entry for a change of the account's own {@code type}, in this transaction. */
    /** A role decides what an account may see: a change is management, by whoever the processing names. */
    private void roleChanged(String name, UUID accountId, Role role) {
        audit.record(AuditContext.within(ProcessingActivity.ADMINISTRATION, Actor.SYSTEM)
                .event(
                        name,
                        java.time.Instant.now(),
                        AuditEvent.Status.OK,
                        Subject.ofAccount("UserAccount", accountId, accountId),
                        role.name()));
    }

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
