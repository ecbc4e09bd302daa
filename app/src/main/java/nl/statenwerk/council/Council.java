package nl.statenwerk.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.core.Upserted;
import org.jspecify.annotations.Nullable;

/**
 * The one source of truth of the stukkenstroom. Objects are the records of this package ({@link Paper},
 * {@link Meeting}, ...); none of the arguments or results is {@code null} unless marked.
 */
public interface Council {

    /**
     * Writes an object, matching an existing one on its {@code sourceId} (else on its id). Timestamps and
     * {@link Paper#isPublic()} are set here. With the same {@code rawHash} as last time, nothing changes.
     */
    <T extends Record> Upserted save(T object, @Nullable String rawHash);

    <T extends Record> Optional<T> find(Class<T> type, UUID id);

    /**
     * Marks an object deleted (soft deletion): it leaves lists and relations, but stays for incremental sync, which
     * reports it as deleted. Saving it again revives it.
     */
    <T extends Record> void delete(Class<T> type, UUID id);

    /**
     * The object when it may be shown publicly (the rule of {@link ListQuery#publicOnly()}), soft-deleted or not;
     * empty when it does not exist or is not public, so that callers cannot tell the two apart.
     */
    <T extends Record> Optional<T> findPublic(Class<T> type, UUID id);

    /**
     * When the public paper's current public period began: when it was stored as public, or made public later.
     * Empty when the paper is not public or unknown.
     */
    Optional<java.time.OffsetDateTime> publicSince(UUID paperId);

    <T extends Record> Optional<UUID> idOf(Class<T> type, String sourceId);

    /** A page of objects in the order of their last change, for lists and incremental sync. */
    <T extends Record> Slice<T> list(Class<T> type, ListQuery query);

    /**
     * The objects of a type that refer to {@code id} through {@code column}, e.g. the agenda items of a meeting:
     * {@code related(AgendaItem.class, "meeting_id", meetingId, true)}. Deleted objects are left out.
     */
    <T extends Record> List<T> related(Class<T> type, String column, UUID id, boolean publicOnly);

    /**
     * As {@link #related(Class, String, UUID, boolean)} for several ids at once, in one query: a page that shows many
     * objects' relations (a meeting's agenda with its votes) then costs one query per kind instead of one per object.
     */
    <T extends Record> List<T> related(
            Class<T> type, String column, java.util.Collection<UUID> ids, boolean publicOnly);

    /**
     * Meetings in date order (by {@code meetingDate}, then start), for calendars and the portal's upcoming meetings.
     * Meetings are public; deleted ones are left out.
     *
     * @param bodyId only meetings of this body; {@code null} for all
     * @param organizationId only meetings of this organisation (a commissie); {@code null} for all
     * @param from only meetings on or after this day; {@code null} for no lower bound
     * @param to only meetings on or before this day; {@code null} for no upper bound
     * @param newestFirst order from the latest date back instead of from the earliest on
     * @param limit the most meetings to return (1 to 1000)
     */
    List<Meeting> meetingsByDate(
            @Nullable UUID bodyId,
            @Nullable UUID organizationId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            boolean newestFirst,
            int limit);

    /**
     * The latest public papers, by paper date (then submission date and last change) from the newest back; deleted
     * papers are left out.
     *
     * @param bodyId only papers of this body; {@code null} for all
     * @param limit the most papers to return (1 to 1000)
     */
    List<Paper> latestPublicPapers(@Nullable UUID bodyId, int limit);

    /** Links between papers, files and meetings; see {@link Links}. */
    Links links();

    /** Keeps the source record of an imported object verbatim, so nothing the source said is lost. */
    void keepSourceRecord(UUID objectId, String objectType, String sourceId, String rawJson);

    /**
     * Whether a file may be shown publicly: it belongs to no paper that is not public, and no redacted version
     * replaced it.
     */
    boolean isFilePublic(UUID fileId);

    /** Who may read a paper, soft-deleted or not; empty for an unknown paper. */
    Optional<PaperAccess> paperAccess(UUID paperId);

    /**
     * Sets the fractie a fractie-internal paper belongs to and the persons a geheime paper is shared with, replacing
     * what was set. The level itself follows the paper's confidentiality.
     *
     * @throws java.util.NoSuchElementException when there is no such paper
     */
    void setPaperReaders(UUID paperId, @Nullable UUID owner, Set<UUID> readers);

    /** The links between papers, files and meetings, replaced as a whole per owner. */
    interface Links {

        void replacePaperFiles(UUID paperId, List<PaperFile> files);

        void replacePaperRelations(UUID paperId, List<PaperRelation> relations);

        void replaceMeetingFiles(UUID meetingId, List<MeetingFile> files);

        List<PaperFile> paperFiles(UUID paperId);

        List<PaperFile> papersOfFile(UUID fileId);

        List<PaperRelation> paperRelations(UUID paperId);

        List<MeetingFile> meetingFiles(UUID meetingId);

        /**
         * Puts a redacted version in the place of a file in every paper and meeting that has it, and withholds the
         * original from the public for good: {@link Council#isFilePublic} is then false for it, and a re-import that
         * links the original again links the public version instead.
         */
        void replaceWithPublicVersion(UUID originalFileId, UUID publicFileId);

        /** The redacted version that replaced a file, when one did. */
        Optional<UUID> publicVersionOf(UUID originalFileId);
    }
}
