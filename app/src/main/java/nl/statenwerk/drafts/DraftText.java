package nl.statenwerk.drafts;

import java.util.List;

/**
 * A draft's text at a version.
 *
 * @param heads the version: the hashes (hex) of the Automerge changes it ends with; a save without JavaScript hands
 *     them back, so that what it changed is merged against the text it was made from
 */
public record DraftText(Draft draft, String text, List<String> heads) {

    public DraftText {
        heads = List.copyOf(heads);
    }
}
