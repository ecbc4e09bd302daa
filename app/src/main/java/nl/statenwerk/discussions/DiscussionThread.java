package nl.statenwerk.discussions;

import java.util.List;

/** A post that opened a thread, and its replies in the order they were posted. */
public record DiscussionThread(Post opening, List<Post> replies) {

    public DiscussionThread {
        replies = List.copyOf(replies);
    }
}
