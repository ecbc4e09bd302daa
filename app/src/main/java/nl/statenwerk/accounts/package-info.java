/**
 * User accounts: who saved a search, receives notifications and owns a dossier. Sign-on (OIDC, local accounts) adds
 * its credentials to these accounts and resolves a signed-in user to a {@link nl.statenwerk.accounts.UserAccount}.
 */
@NullMarked
package nl.statenwerk.accounts;

import org.jspecify.annotations.NullMarked;
