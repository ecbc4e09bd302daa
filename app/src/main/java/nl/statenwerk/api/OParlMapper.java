package nl.statenwerk.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.statenwerk.api.OParlViews.File;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Attendance;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.LegislativeTerm;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.Person;
import org.jspecify.annotations.Nullable;

/**
 * Maps the stukkenstroom onto OParl 1.1 objects. Every id is the object's URL under {@code /oparl/v1}.
 *
 * <p>Embedded and referenced objects are public ones only, as in the lists.
 */
final class OParlMapper {

    private final Council council;
    private final String base;
    private final BiFunction<UUID, OParlMapper, @Nullable File> files;

    /**
     * @param apiBase e.g. {@code https://example.nl/oparl/v1}
     * @param files the OParl File of a public file, {@code null} for one that is unknown or not public
     */
    OParlMapper(Council council, String apiBase, BiFunction<UUID, OParlMapper, @Nullable File> files) {
        this.council = council;
        this.base = apiBase;
        this.files = files;
    }

    String url(String kind, UUID id) {
        return base + "/" + kind + "/" + id;
    }

    String bodyList(UUID bodyId, String list) {
        return url("body", bodyId) + "/" + list;
    }

    OParlViews.System system() {
        return new OParlViews.System(
                base + "/system", OParlViews.TYPE + "System", OParlViews.TYPE, "Statenwerk", base + "/bodies", null);
    }

    OParlViews.Body body(Body b) {
        UUID id = id(b.id());
        return new OParlViews.Body(
                url("body", id),
                OParlViews.TYPE + "Body",
                base + "/system",
                b.name(),
                OriMapper.blankToNull(b.shortName()),
                OriMapper.blankToNull(b.website()),
                OriMapper.blankToNull(b.license()),
                classification(b.classification()),
                bodyList(id, "organization"),
                bodyList(id, "person"),
                bodyList(id, "meeting"),
                bodyList(id, "paper"),
                bodyList(id, "agendaItem"),
                bodyList(id, "consultation"),
                bodyList(id, "file"),
                bodyList(id, "membership"),
                bodyList(id, "legislativeTerm"),
                council.related(LegislativeTerm.class, "body_id", id, true).stream()
                        .map(this::legislativeTerm)
                        .toList(),
                b.createdAt(),
                b.modifiedAt(),
                deleted(b.deletedAt()));
    }

    OParlViews.LegislativeTerm legislativeTerm(LegislativeTerm t) {
        return new OParlViews.LegislativeTerm(
                url("legislativeTerm", id(t.id())),
                OParlViews.TYPE + "LegislativeTerm",
                url("body", t.bodyId()),
                t.name(),
                t.startDate(),
                t.endDate(),
                t.createdAt(),
                t.modifiedAt(),
                deleted(t.deletedAt()));
    }

    OParlViews.Organization organization(Organization o) {
        UUID id = id(o.id());
        return new OParlViews.Organization(
                url("organization", id),
                OParlViews.TYPE + "Organization",
                url("body", o.bodyId()),
                o.name(),
                OriMapper.blankToNull(o.shortName()),
                classification(o.classification()),
                o.startDate(),
                o.endDate(),
                OriMapper.blankToNull(o.website()),
                urls("membership", council.related(Membership.class, "organization_id", id, true), Membership::id),
                o.createdAt(),
                o.modifiedAt(),
                deleted(o.deletedAt()));
    }

    OParlViews.Person person(Person p) {
        UUID id = id(p.id());
        String familyName = OriMapper.blankToNull(p.familyName());
        // OParl has no field for the tussenvoegsel; it belongs with the family name ("de Vries").
        if (familyName != null && OriMapper.blankToNull(p.namePrefix()) != null) {
            familyName = p.namePrefix().strip() + " " + familyName;
        }
        return new OParlViews.Person(
                url("person", id),
                OParlViews.TYPE + "Person",
                url("body", p.bodyId()),
                p.name(),
                familyName,
                OriMapper.blankToNull(p.givenName()),
                gender(p.gender()),
                Stream.ofNullable(OriMapper.blankToNull(p.functionName())).toList(),
                council.related(Membership.class, "person_id", id, true).stream()
                        .map(this::membership)
                        .toList(),
                p.createdAt(),
                p.modifiedAt(),
                deleted(p.deletedAt()));
    }

    OParlViews.Membership membership(Membership m) {
        return new OParlViews.Membership(
                url("membership", id(m.id())),
                OParlViews.TYPE + "Membership",
                url("person", m.personId()),
                url("organization", m.organizationId()),
                OriMapper.blankToNull(m.role()),
                m.votingRight(),
                m.startDate(),
                m.endDate(),
                m.onBehalfOfId() == null ? null : url("organization", m.onBehalfOfId()),
                m.createdAt(),
                m.modifiedAt(),
                deleted(m.deletedAt()));
    }

    OParlViews.Meeting meeting(Meeting m) {
        UUID id = id(m.id());
        List<MeetingFile> meetingFiles = council.links().meetingFiles(id);
        return new OParlViews.Meeting(
                url("meeting", id),
                OParlViews.TYPE + "Meeting",
                OriMapper.blankToNull(m.name()),
                m.state().code(),
                m.state() == MeetingState.CANCELLED,
                m.startAt() != null ? m.startAt() : m.plannedStartAt(),
                m.endAt() != null ? m.endAt() : m.plannedEndAt(),
                Stream.ofNullable(m.organizationId())
                        .map(o -> url("organization", o))
                        .toList(),
                urls("person", council.related(Attendance.class, "meeting_id", id, true), Attendance::personId),
                meetingFile(meetingFiles, MeetingFile.Role.INVITATION),
                meetingFile(meetingFiles, MeetingFile.Role.RESULTS_PROTOCOL),
                meetingFile(meetingFiles, MeetingFile.Role.VERBATIM_PROTOCOL),
                meetingFiles.stream()
                        .filter(f -> f.role() == MeetingFile.Role.AUXILIARY)
                        .map(f -> files.apply(f.fileId(), this))
                        .filter(Objects::nonNull)
                        .toList(),
                council.related(AgendaItem.class, "meeting_id", id, true).stream()
                        .map(this::agendaItem)
                        .toList(),
                m.createdAt(),
                m.modifiedAt(),
                deleted(m.deletedAt()));
    }

    OParlViews.AgendaItem agendaItem(AgendaItem a) {
        UUID id = id(a.id());
        return new OParlViews.AgendaItem(
                url("agendaItem", id),
                OParlViews.TYPE + "AgendaItem",
                url("meeting", a.meetingId()),
                OriMapper.blankToNull(a.number()),
                a.position(),
                OriMapper.blankToNull(a.title()),
                a.besloten() == null ? null : !a.besloten(),
                council.related(Consultation.class, "agenda_item_id", id, true).stream()
                        .map(c -> url("consultation", id(c.id())))
                        .findFirst()
                        .orElse(null),
                a.startAt() != null ? a.startAt() : a.plannedStartAt(),
                a.endAt() != null ? a.endAt() : a.plannedEndAt(),
                a.createdAt(),
                a.modifiedAt(),
                deleted(a.deletedAt()));
    }

    OParlViews.Paper paper(Paper p) {
        UUID id = id(p.id());
        List<PaperFile> paperFiles = council.links().paperFiles(id);
        List<PaperSubmitter> submitters = council.related(PaperSubmitter.class, "paper_id", id, true);
        return new OParlViews.Paper(
                url("paper", id),
                OParlViews.TYPE + "Paper",
                url("body", p.bodyId()),
                p.name(),
                OriMapper.blankToNull(p.reference()),
                p.paperDate(),
                paperType(p.paperType()),
                council.links().paperRelations(id).stream()
                        .filter(r -> council.findPublic(Paper.class, r.relatedPaperId())
                                .isPresent())
                        .map(r -> url("paper", r.relatedPaperId()))
                        .distinct()
                        .toList(),
                paperFiles.stream()
                        .filter(f -> f.role() == PaperFile.Role.MAIN)
                        .map(f -> files.apply(f.fileId(), this))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                paperFiles.stream()
                        .filter(f -> f.role() == PaperFile.Role.AUXILIARY)
                        .map(f -> files.apply(f.fileId(), this))
                        .filter(Objects::nonNull)
                        .toList(),
                urls("person", submitters, PaperSubmitter::personId),
                urls("organization", submitters, PaperSubmitter::organizationId),
                council.related(Consultation.class, "paper_id", id, true).stream()
                        .map(this::consultation)
                        .toList(),
                p.createdAt(),
                p.modifiedAt(),
                deleted(p.deletedAt()));
    }

    OParlViews.Consultation consultation(Consultation c) {
        return new OParlViews.Consultation(
                url("consultation", id(c.id())),
                OParlViews.TYPE + "Consultation",
                url("paper", c.paperId()),
                c.agendaItemId() == null ? null : url("agendaItem", c.agendaItemId()),
                c.meetingId() == null ? null : url("meeting", c.meetingId()),
                Stream.ofNullable(c.organizationId())
                        .map(o -> url("organization", o))
                        .toList(),
                c.authoritative(),
                OriMapper.blankToNull(c.role()),
                c.createdAt(),
                c.modifiedAt(),
                deleted(c.deletedAt()));
    }

    private @Nullable File meetingFile(List<MeetingFile> meetingFiles, MeetingFile.Role role) {
        return meetingFiles.stream()
                .filter(f -> f.role() == role)
                .map(f -> files.apply(f.fileId(), this))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The Dutch name of a paper type, as Dutch councils call it; OParl leaves the values to the publisher. */
    static String paperType(PaperType type) {
        return switch (type) {
            case STATENVOORSTEL -> "Statenvoorstel";
            case MOTIE -> "Motie";
            case AMENDEMENT -> "Amendement";
            case VRAGEN -> "Schriftelijke vragen";
            case ANTWOORD -> "Antwoord";
            case INGEKOMEN_STUK -> "Ingekomen stuk";
            case MEDEDELING -> "Mededeling";
            case TOEZEGGING -> "Toezegging";
            case BESLUITVORMINGSSTUK -> "Besluitvormingsstuk";
            case BESLUITENLIJST -> "Besluitenlijst";
            case VERSLAG -> "Verslag";
            case OTHER -> "Overig";
        };
    }

    private static @Nullable String classification(BodyClassification classification) {
        return switch (classification) {
            case PROVINCIE -> "Provincie";
            case GEMEENTE -> "Gemeente";
            case WATERSCHAP -> "Waterschap";
            case PARLEMENT -> "Parlement";
            case OTHER -> null;
        };
    }

    private static @Nullable String classification(OrganizationClassification classification) {
        return switch (classification) {
            case FRACTIE -> "Fractie";
            case COMMISSIE -> "Commissie";
            case PROVINCIALE_STATEN -> "Provinciale Staten";
            case GEDEPUTEERDE_STATEN -> "Gedeputeerde Staten";
            case PRESIDIUM -> "Presidium";
            case GRIFFIE -> "Griffie";
            case WERKGROEP -> "Werkgroep";
            case OTHER -> null;
        };
    }

    /** OParl's examples use English gender values; "onbekend" says nothing and is left out. */
    private static @Nullable String gender(@Nullable String gender) {
        return switch (gender == null ? "" : gender) {
            case "man" -> "male";
            case "vrouw" -> "female";
            case "anders" -> "other";
            default -> null;
        };
    }

    private <T> List<String> urls(String kind, List<T> objects, Function<T, @Nullable UUID> id) {
        Set<String> urls = new LinkedHashSet<>();
        for (T object : objects) {
            UUID target = id.apply(object);
            if (target != null) {
                urls.add(url(kind, target));
            }
        }
        return List.copyOf(urls);
    }

    static @Nullable Boolean deleted(@Nullable OffsetDateTime deletedAt) {
        return deletedAt == null ? null : Boolean.TRUE;
    }

    private static UUID id(@Nullable UUID id) {
        if (id == null) {
            throw new IllegalStateException("A stored object has no id");
        }
        return id;
    }
}
