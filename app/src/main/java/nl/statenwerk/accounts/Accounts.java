package nl.statenwerk.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The user accounts and their roles. Nothing here takes or returns {@code null}. Sign-on (the identity module) finds or
 * creates the account of a signed-in user here and keeps its credentials and subjects in tables of its own.
 */
public interface Accounts {

    /**
     * Creates an account.
     *
     * @param email an e-mail address; stored in lower case
     * @throws IllegalArgumentException when the name is blank or too long, the address is not one, or an account
     *     with that address exists
     */
    UserAccount create(String displayName, String email, DigestPreference digest);

    Optional<UserAccount> find(UUID id);

    /** The account of an e-mail address, in any case. */
    Optional<UserAccount> findByEmail(String email);

    /** @throws java.util.NoSuchElementException when there is no such account */
    UserAccount setDigest(UUID id, DigestPreference digest);

    /** The accounts with this digest preference, oldest first. */
    List<UserAccount> withDigest(DigestPreference digest);

    /** The accounts that have this role, oldest first: e.g. the griffie, to tell of a deadline. */
    List<UserAccount> withRole(Role role);

    /** The account's roles; empty for an unknown account. */
    Set<Role> roles(UUID account);

    /** @throws java.util.NoSuchElementException when there is no such account */
    void grant(UUID account, Role role);

    void revoke(UUID account, Role role);

    /** Whether any account has this role: the griffie's first account is made only while none has. */
    boolean anyHas(Role role);
}
