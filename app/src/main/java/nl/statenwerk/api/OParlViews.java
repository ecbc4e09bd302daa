package nl.statenwerk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The objects of OParl 1.1 (schema.oparl.org/1.1), field names as the specification spells them. Absent values are
 * left out; {@code deleted} appears only when it is true.
 */
final class OParlViews {

    private OParlViews() {}

    static final String TYPE = "https://schema.oparl.org/1.1/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListPage<T>(List<T> data, Pagination pagination, Links links) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Pagination(int elementsPerPage) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(String first, @Nullable String next) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record System(
            String id,
            String type,
            String oparlVersion,
            String name,
            String body,
            @Nullable String website) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(
            String id,
            String type,
            String system,
            String name,
            @Nullable String shortName,
            @Nullable String website,
            @Nullable String license,
            @Nullable String classification,
            String organization,
            String person,
            String meeting,
            String paper,
            String agendaItem,
            String consultation,
            String file,
            String membership,
            String legislativeTermList,
            List<LegislativeTerm> legislativeTerm,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LegislativeTerm(
            String id,
            String type,
            String body,
            String name,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(
            String id,
            String type,
            String body,
            String name,
            @Nullable String shortName,
            @Nullable String classification,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String website,
            List<String> membership,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(
            String id,
            String type,
            String body,
            String name,
            @Nullable String familyName,
            @Nullable String givenName,
            @Nullable String gender,
            List<String> status,
            List<Membership> membership,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Membership(
            String id,
            String type,
            String person,
            String organization,
            @Nullable String role,
            @Nullable Boolean votingRight,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String onBehalfOf,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meeting(
            String id,
            String type,
            @Nullable String name,
            @Nullable String meetingState,
            boolean cancelled,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            List<String> organization,
            List<String> participant,
            @Nullable File invitation,
            @Nullable File resultsProtocol,
            @Nullable File verbatimProtocol,
            List<File> auxiliaryFile,
            List<AgendaItem> agendaItem,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AgendaItem(
            String id,
            String type,
            String meeting,
            @Nullable String number,
            int order,
            @Nullable String name,
            @JsonProperty("public") @Nullable Boolean isPublic,
            @Nullable String consultation,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Paper(
            String id,
            String type,
            String body,
            String name,
            @Nullable String reference,
            @Nullable LocalDate date,
            String paperType,
            List<String> relatedPaper,
            @Nullable File mainFile,
            List<File> auxiliaryFile,
            List<String> originatorPerson,
            List<String> originatorOrganization,
            List<Consultation> consultation,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Consultation(
            String id,
            String type,
            String paper,
            @Nullable String agendaItem,
            @Nullable String meeting,
            List<String> organization,
            @Nullable Boolean authoritative,
            @Nullable String role,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}

    /** {@code sha512Checksum} is left out: we keep SHA-256 only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record File(
            String id,
            String type,
            @Nullable String name,
            @Nullable String fileName,
            @Nullable String mimeType,
            @Nullable LocalDate date,
            @Nullable Long size,
            @Nullable String text,
            String accessUrl,
            String downloadUrl,
            List<String> paper,
            List<String> meeting,
            @Nullable OffsetDateTime created,
            @Nullable OffsetDateTime modified,
            @Nullable Boolean deleted) {}
}
