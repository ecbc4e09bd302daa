package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A paper (stuk). {@code confidentiality} keeps the source's vertrouwelijkheidsaanduiding; {@code isPublic} follows from it (see {@link nl.statenwerk.core.Confidentiality}) and is set by the store. */
public record Paper(
        @Nullable UUID id,
        UUID bodyId,
        @Nullable String sourceId,
        String name,
        @Nullable String reference,
        @Nullable LocalDate paperDate,
        PaperType paperType,
        @Nullable String motionType,
        @Nullable String questionType,
        @Nullable String confidentiality,
        boolean isPublic,
        @Nullable String author,
        @Nullable String description,
        @Nullable String content,
        @Nullable String explanation,
        @Nullable LocalDate submittedDate,
        @Nullable String portfolioHolder,
        @Nullable String language,
        @Nullable String version,
        @Nullable Long sourceOrganization,
        @Nullable OffsetDateTime createdAt,
        @Nullable OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {

    /**
     * A paper the application writes itself (a decision on a Woo request, a working paper), not one it imports: in
     * Dutch, without a source id, public as its confidentiality says.
     */
    public static Paper written(
            UUID bodyId,
            String name,
            @Nullable String reference,
            @Nullable LocalDate paperDate,
            PaperType paperType,
            @Nullable String confidentiality,
            @Nullable String description) {
        return new Paper(
                null,
                bodyId,
                null,
                name,
                reference,
                paperDate,
                paperType,
                null,
                null,
                confidentiality,
                nl.statenwerk.core.Confidentiality.isPublic(confidentiality),
                null,
                description,
                null,
                null,
                null,
                null,
                "nl",
                null,
                null,
                null,
                null,
                null);
    }
}
