package nl.statenwerk.workspaces;

import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Role;

/**
 * Who is in a workspace: the one rule, used for every page, download, search and share.
 *
 * <ul>
 *   <li>A fractie's, committee's or presidium's workspace has the members of that organisation today ({@link
 *       Viewer#organizations()}), fractiemedewerkers included through their membership of the fractie.
 *   <li>The workspace of all of PS has everyone with a council role in that body ({@link Viewer#bodies()}).
 *   <li>The griffie is in every committee's and presidium's workspace and in that of all of PS, but not in a fractie's:
 *       what a fractie keeps there is fractie-intern and stays the fractie's.
 *   <li>The griffie may add named accounts to a workspace (a burgerlid or staff member without a membership in the
 *       data).
 *   <li>A resident's account and a reader who is not signed in are in none; a functioneel beheerder only by name.
 * </ul>
 */
public final class WorkspaceMembership {

    private WorkspaceMembership() {}

    /**
     * @param named whether the griffie added this reader's account to the workspace by name
     */
    public static boolean isMember(Workspace workspace, Viewer viewer, boolean named) {
        if (!viewer.signedIn()) {
            return false;
        }
        if (named) {
            return true;
        }
        boolean councilRole = viewer.roles().stream()
                .anyMatch(r -> r != Role.RESIDENT && r != Role.ADMINISTRATOR && r != Role.GRIFFIE);
        return switch (workspace.kind()) {
            case FRACTIE -> councilRole && inOrganization(workspace, viewer);
            case COMMISSIE, PRESIDIUM -> viewer.isGriffie() || (councilRole && inOrganization(workspace, viewer));
            case PROVINCIALE_STATEN ->
                viewer.isGriffie() || (councilRole && viewer.bodies().contains(workspace.bodyId()));
        };
    }

    private static boolean inOrganization(Workspace workspace, Viewer viewer) {
        return workspace.organizationId() != null && viewer.organizations().contains(workspace.organizationId());
    }
}
