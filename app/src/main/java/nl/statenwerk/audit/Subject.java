package nl.statenwerk.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a processing was about: the object (a paper, a file, a saved search) and, where it is a person, the data
 * subject (betrokkene).
 *
 * @param objectType e.g. {@code Paper}, {@code StoredFile}, {@code SavedSearch}, {@code UserAccount}, {@code ImportRun}
 * @param objectId the object's id in this application (or at its source, for a whole run)
 * @param dataSubjectId the betrokkene's identifying code ({@code dpl.core.data_subject_id}), such as an account id;
 *     never a BSN, a name or an e-mail address; {@code null} when no person is concerned
 * @param dataSubjectIdType what kind of code that is ({@code dpl.core.data_subject_id_type}), e.g. {@code account}
 * @param confidentiality the object's vertrouwelijkheidsaanduiding when it has one
 */
public record Subject(
        String objectType,
        @Nullable String objectId,
        @Nullable String dataSubjectId,
        @Nullable String dataSubjectIdType,
        @Nullable String confidentiality) {

    public Subject {
        objectType = AuditEvent.require(objectType, "object type", 100);
        objectId = AuditEvent.optional(objectId, 300);
        dataSubjectId = AuditEvent.optional(dataSubjectId, 300);
        dataSubjectIdType = AuditEvent.optional(dataSubjectIdType, 100);
        confidentiality = AuditEvent.optional(confidentiality, 100);
        if ((dataSubjectId == null) != (dataSubjectIdType == null)) {
            throw new IllegalArgumentException("a data subject id needs its type, and a type its id");
        }
    }

    /** An object that is not a person. */
    public static Subject object(String type, Object id) {
        return new Subject(type, String.valueOf(id), null, null, null);
    }

    /** An object that belongs to a user account, the betrokkene. */
    public static Subject ofAccount(String type, Object id, java.util.UUID accountId) {
        return new Subject(type, String.valueOf(id), accountId.toString(), "account", null);
    }

    public Subject withConfidentiality(@Nullable String vertrouwelijkheidsaanduiding) {
        return new Subject(objectType, objectId, dataSubjectId, dataSubjectIdType, vertrouwelijkheidsaanduiding);
    }
}
