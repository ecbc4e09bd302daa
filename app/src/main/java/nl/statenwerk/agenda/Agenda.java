package nl.statenwerk.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Meeting;
import org.jspecify.annotations.Nullable;

/**
 * A member's agenda.
 *
 * @param meetings the coming meetings, in date order
 * @param deadlines the deadlines, the soonest (and overdue) first, those without a date last
 */
public record Agenda(List<AgendaMeeting> meetings, List<Deadline> deadlines) {

    public Agenda {
        meetings = List.copyOf(meetings);
        deadlines = List.copyOf(deadlines);
    }

    /**
     * A meeting on the agenda.
     *
     * @param organization the committee or other organisation whose meeting it is; {@code null} for none
     * @param papers the papers on its agenda the reader may read, to read before the meeting
     */
    public record AgendaMeeting(Meeting meeting, @Nullable String organization, List<AgendaPaper> papers) {

        public AgendaMeeting {
            papers = List.copyOf(papers);
        }
    }

    /** A paper to read for a meeting, with its level so that a page can say it is not public. */
    public record AgendaPaper(
            UUID id, String name, @Nullable String reference, AccessLevel level) {}

    /**
     * A deadline.
     *
     * @param date the day it falls on; {@code null} when none was set (a motion to carry out)
     * @param path the application's page of it, from the root
     * @param overdue whether the date has passed
     */
    public record Deadline(DeadlineKind kind, @Nullable LocalDate date, String title, String path, boolean overdue) {}

    public enum DeadlineKind {
        /** A toezegging whose termijn comes or passed. */
        COMMITMENT,
        /** An adopted motie whose afdoening is still open. */
        MOTION,
        /** The decision term of a Woo request, for the griffie. */
        WOO_REQUEST
    }
}
