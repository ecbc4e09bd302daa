package nl.statenwerk.discussions;

import java.util.UUID;

/** What a discussion is about: a paper or an agenda item, by id. */
public record Topic(Kind kind, UUID id) {

    public enum Kind {
        PAPER,
        AGENDA_ITEM
    }

    public static Topic paper(UUID id) {
        return new Topic(Kind.PAPER, id);
    }

    public static Topic agendaItem(UUID id) {
        return new Topic(Kind.AGENDA_ITEM, id);
    }
}
