package nl.statenwerk.drafts;

/**
 * The text a new draft starts with. A motie follows the form the griffie asks for (Reglement van orde: a motie states
 * its considerations and what it asks of the college, and ends with the closing formula); the others give the parts a
 * griffie expects. Document content in Dutch, not user-interface text: it is the same in the English interface.
 */
final class Templates {

    private Templates() {}

    static String of(DraftKind kind, String title) {
        return switch (kind) {
            case MOTION ->
                "Motie: " + title + "\n\n"
                        + "Provinciale Staten, in vergadering bijeen op [datum],\n"
                        + "gehoord de beraadslaging over [onderwerp],\n\n"
                        + "constaterende dat\n- \n\n"
                        + "overwegende dat\n- \n\n"
                        + "verzoeken het college van Gedeputeerde Staten\n- \n\n"
                        + "en gaan over tot de orde van de dag.\n\n"
                        + "Ingediend door:\n";
            case AMENDMENT ->
                "Amendement: " + title + "\n\n"
                        + "Provinciale Staten, in vergadering bijeen op [datum],\n"
                        + "besluiten het ontwerpbesluit als volgt te wijzigen:\n- \n\n"
                        + "Toelichting\n\n\n"
                        + "Ingediend door:\n";
            case WRITTEN_QUESTIONS ->
                "Schriftelijke vragen: " + title + "\n\n"
                        + "Inleiding\n\n\n"
                        + "Vraag 1\n\n\n"
                        + "Vraag 2\n\n\n"
                        + "Gesteld door:\n";
            case NOTE -> title + "\n\n";
        };
    }
}
