package nl.statenwerk.access;

import java.util.Optional;
import java.util.UUID;

/** Who reads, and which person in the council's data an account is. Nothing here takes or returns {@code null}. */
public interface Viewers {

    /**
     * The reader of the current request: {@link Viewer#PUBLIC} when nobody is signed in, or when the account's roles need
     * a second factor that this sign-in did not give.
     */
    Viewer current();

    /** The reader an account is now; {@link Viewer#PUBLIC} for an unknown account. */
    Viewer of(UUID account);

    /**
     * Links an account to the person it is (one person per account, one account per person), or unlinks it.
     *
     * @throws java.util.NoSuchElementException when there is no such account or person
     * @throws IllegalArgumentException when another account is linked to that person
     */
    void link(UUID account, Optional<UUID> person);

    Optional<UUID> personOf(UUID account);

    /** The account linked to a person: e.g. to tell a Statenlid named on a geheime paper. */
    Optional<UUID> accountOf(UUID person);
}
