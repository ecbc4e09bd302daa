package nl.statenwerk.discussions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The discussion of a topic as one reader sees it.
 *
 * @param title the paper's name or the agenda item's title
 * @param backPath the portal page of the topic
 * @param fractieName the reader's fractie, in which a fractie thread is started; {@code null} when the reader has none
 * @param threads the threads the reader may see, the newest first
 */
public record Discussion(
        Topic topic,
        String title,
        String backPath,
        @Nullable String fractieName,
        List<DiscussionThread> threads) {

    public Discussion {
        threads = List.copyOf(threads);
    }
}
