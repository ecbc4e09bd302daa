package nl.statenwerk.drafts;

import java.util.List;

/**
 * The server's half of a sync.
 *
 * @param changes the Automerge changes the client lacks (possibly none), to apply with {@code loadIncremental}
 * @param heads the server's version after the sync; the client sends what it made since then next time
 * @param changed whether the client's changes changed the server's document, so that others should sync
 */
public record SyncReply(byte[] changes, List<String> heads, boolean changed) {

    public SyncReply {
        heads = List.copyOf(heads);
    }
}
