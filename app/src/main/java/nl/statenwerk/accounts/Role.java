package nl.statenwerk.accounts;

/**
 * What a signed-in user is in the Staten's work. Memberships of fracties and committees decide the scope within a role;
 * a reader who is not signed in has no role and sees what is public.
 */
public enum Role {
    /** A resident with an account: saved searches and alerts on public information. */
    RESIDENT,
    /** Statenlid. */
    MEMBER,
    /** Burgerlid or commissielid: a member of a committee who is not a Statenlid. */
    COMMITTEE_MEMBER,
    /** Fractiemedewerker. */
    FRACTION_STAFF,
    /** Gedeputeerde. */
    DEPUTY,
    GRIFFIE,
    /** Functioneel beheerder. */
    ADMINISTRATOR;

    /** Whether signing in takes a second factor: every role that can see more than what is public. */
    public boolean needsSecondFactor() {
        return this != RESIDENT;
    }
}
