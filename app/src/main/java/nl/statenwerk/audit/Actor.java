package nl.statenwerk.audit;

import java.util.UUID;

/**
 * Who acts: a user account, an operator at the command line or with the admin token, or the system itself.
 *
 * @param id the account's id, an operator's name, or {@code systeem}; never a name or e-mail address of a user
 * @param role the role the actor acts in, e.g. {@code gebruiker}, {@code beheerder}, {@code systeem}
 */
public record Actor(String id, String role) {

    /** The application acting on its own (scheduled jobs, the demo loader, start-up). */
    public static final Actor SYSTEM = new Actor("systeem", "systeem");

    public Actor {
        id = AuditEvent.require(id, "actor id", 200);
        role = AuditEvent.require(role, "actor role", 100);
    }

    /** A signed-in user, by account id. */
    public static Actor account(UUID accountId) {
        return new Actor("account:" + accountId, "gebruiker");
    }

    /** An administrator: the operating system user of a command, or the holder of the admin token. */
    public static Actor administrator(String name) {
        return new Actor(name, "beheerder");
    }
}
