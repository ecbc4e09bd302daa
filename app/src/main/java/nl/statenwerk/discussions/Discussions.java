package nl.statenwerk.discussions;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Discussion threads on papers and agenda items. A reader sees the discussion of a paper when {@link Viewer#mayRead}
 * allows the paper and the reader is a Statenlid, commissielid, fractiemedewerker, gedeputeerde or of the griffie; of
 * an agenda item when such a reader belongs to the Staten of its meeting. Nothing takes or returns {@code null} but
 * where marked.
 */
public interface Discussions {

    /** How long after posting the author may still change the text. */
    Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** Longest text of a post, in characters. */
    int MAX_LENGTH = 10_000;

    /** Whether the reader may see (and take part in) the discussion of a topic; nothing is read or audited. */
    boolean mayDiscuss(Viewer viewer, Topic topic);

    /**
     * The discussion of a topic as this reader sees it; empty when the reader may not see it (or the topic is
     * unknown), which a page shows as not found. Reading the discussion of a paper that is not public is audited.
     */
    Optional<Discussion> read(Viewer viewer, Topic topic);

    /**
     * Posts a new thread ({@code parent} null) or a reply to a thread's opening post; a reply takes its thread's
     * visibility. Notifies the others who wrote in the discussion and may see the post.
     *
     * @throws java.util.NoSuchElementException when the reader may not see the topic or the parent
     * @throws DiscussionRefused when the text is empty or too long, or a fractie thread is asked by a reader without a
     *     fractie
     */
    Post post(Viewer viewer, Topic topic, @Nullable UUID parent, Visibility visibility, String text);

    /**
     * Replaces the text of the reader's own post within {@link #EDIT_WINDOW}, keeping the text it replaces.
     *
     * @throws java.util.NoSuchElementException when the reader may not see the post
     * @throws DiscussionRefused when it is not the reader's, deleted, too old, or the text is empty or too long
     */
    Post edit(Viewer viewer, UUID post, String text);

    /**
     * Deletes the reader's own post: its text and earlier versions go, and it shows as deleted in its thread.
     *
     * @throws java.util.NoSuchElementException when the reader may not see the post
     * @throws DiscussionRefused when it is not the reader's
     */
    void delete(Viewer viewer, UUID post);

    /** The topic a post belongs to, if the reader may see the post. */
    Optional<Topic> topicOf(Viewer viewer, UUID post);
}
