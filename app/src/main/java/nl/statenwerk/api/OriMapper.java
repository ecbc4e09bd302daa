package nl.statenwerk.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.statenwerk.api.OriViews.AanwezigeDeelnemer;
import nl.statenwerk.api.OriViews.Agendapunt;
import nl.statenwerk.api.OriViews.Besluit;
import nl.statenwerk.api.OriViews.Fractie;
import nl.statenwerk.api.OriViews.FractieLidmaatschap;
import nl.statenwerk.api.OriViews.Indiener;
import nl.statenwerk.api.OriViews.InformatieObject;
import nl.statenwerk.api.OriViews.NaamNatuurlijkPersoon;
import nl.statenwerk.api.OriViews.NatuurlijkPersoon;
import nl.statenwerk.api.OriViews.Ref;
import nl.statenwerk.api.OriViews.Stem;
import nl.statenwerk.api.OriViews.Stemming;
import nl.statenwerk.api.OriViews.StemresultaatPerFractie;
import nl.statenwerk.api.OriViews.Vergadering;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Attendance;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.StandardCoded;
import nl.statenwerk.council.StandardValues;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteCast;
import nl.statenwerk.council.VoteFractionResult;
import org.jspecify.annotations.Nullable;

/**
 * Maps the stukkenstroom onto ODS-ORI resources, for one request (it remembers the bodies it looked up).
 *
 * <p>Back-references only follow public objects, so a non-public paper leaves no trace in the public ones.
 */
final class OriMapper {

    /** The standard's value lists; a value outside them is left out, since the schema would reject it. */
    private final Council council;

    private final String base;
    private final Function<UUID, @Nullable String> fileLink;
    private final Map<UUID, Optional<String>> provincies = new HashMap<>();

    /**
     * @param apiBase the URL the collections are under, e.g. {@code https://example.nl/api/ori/v2}
     * @param fileLink the public download URL of a file, {@code null} when it has none
     */
    OriMapper(Council council, String apiBase, Function<UUID, @Nullable String> fileLink) {
        this.council = council;
        this.base = apiBase;
        this.fileLink = fileLink;
    }

    String url(String collection, UUID id) {
        return base + "/" + collection + "/" + id;
    }

    Ref ref(String collection, UUID id) {
        return new Ref(id.toString(), url(collection, id));
    }

    @Nullable
    Ref refOrNull(String collection, @Nullable UUID id) {
        return id == null ? null : ref(collection, id);
    }

    Vergadering vergadering(Meeting m) {
        UUID id = id(m.id());
        return new Vergadering(
                url("vergaderingen", id),
                id.toString(),
                fit(m.name(), 100),
                code(m.meetingType()),
                code(m.state()),
                m.meetingDate(),
                m.plannedStartAt() == null
                        ? null
                        : m.plannedStartAt().atZoneSameInstant(Paging.AMSTERDAM).toLocalDate(),
                m.startAt(),
                m.endAt(),
                m.plannedStartAt(),
                m.plannedEndAt(),
                fit(m.location(), 100),
                blankToNull(m.description()),
                provincie(m.bodyId()),
                refOrNull("vergaderingen", m.parentId()),
                urls("vergaderingen", council.related(Meeting.class, "parent_id", id, true), Meeting::id),
                urls("agendapunten", council.related(AgendaItem.class, "meeting_id", id, true), AgendaItem::id),
                council.links().meetingFiles(id).stream()
                        .map(f -> fileLink.apply(f.fileId()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
    }

    Agendapunt agendapunt(AgendaItem a) {
        UUID id = id(a.id());
        return new Agendapunt(
                url("agendapunten", id),
                id.toString(),
                ref("vergaderingen", a.meetingId()),
                refOrNull("agendapunten", a.parentId()),
                a.number() != null && a.number().strip().length() <= 3 ? blankToNull(a.number()) : null,
                fit(a.title(), 100),
                blankToNull(a.description()),
                fit(a.reference(), 20),
                a.hamerstuk(),
                a.besloten(),
                a.handled(),
                a.startAt(),
                a.endAt(),
                a.plannedStartAt(),
                a.plannedEndAt(),
                provincie(a.bodyId()),
                urls("agendapunten", council.related(AgendaItem.class, "parent_id", id, true), AgendaItem::id),
                urls(
                        "informatieobjecten",
                        council.related(Consultation.class, "agenda_item_id", id, true),
                        Consultation::paperId),
                urls("stemmingen", council.related(Vote.class, "agenda_item_id", id, true), Vote::id));
    }

    InformatieObject informatieobject(Paper p) {
        UUID id = id(p.id());
        Set<Ref> meetings = new LinkedHashSet<>();
        Set<Ref> agendaItems = new LinkedHashSet<>();
        for (Consultation c : council.related(Consultation.class, "paper_id", id, true)) {
            UUID meetingId = c.meetingId();
            if (c.agendaItemId() != null) {
                agendaItems.add(ref("agendapunten", c.agendaItemId()));
                if (meetingId == null) {
                    meetingId = council.find(AgendaItem.class, c.agendaItemId())
                            .map(AgendaItem::meetingId)
                            .orElse(null);
                }
            }
            if (meetingId != null) {
                meetings.add(ref("vergaderingen", meetingId));
            }
        }
        return new InformatieObject(
                url("informatieobjecten", id),
                id.toString(),
                code(p.paperType()),
                fit(p.name(), 200),
                blankToNull(p.description()),
                blankToNull(p.content()),
                blankToNull(p.explanation()),
                p.paperDate(),
                p.submittedDate(),
                fit(p.author(), 200),
                fit(p.language(), 20),
                fit(p.version(), 5),
                oneOf(p.motionType(), StandardValues.MOTION_TYPES),
                oneOf(p.questionType(), StandardValues.QUESTION_TYPES),
                fit(p.portfolioHolder(), 100),
                p.sourceOrganization(),
                blankToNull(p.confidentiality()),
                provincie(p.bodyId()),
                council.links().paperFiles(id).stream()
                        .filter(f -> f.role() == PaperFile.Role.MAIN)
                        .map(f -> fileLink.apply(f.fileId()))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                List.copyOf(meetings),
                List.copyOf(agendaItems),
                urls(
                        "natuurlijkpersonen",
                        council.related(PaperSubmitter.class, "paper_id", id, true),
                        PaperSubmitter::personId));
    }

    Besluit besluit(Decision d) {
        UUID id = id(d.id());
        return new Besluit(
                url("besluiten", id),
                id.toString(),
                fitRequired(d.result(), 200),
                fit(d.explanation(), 200),
                fit(d.commitment(), 500),
                urls("stemmingen", council.related(Vote.class, "decision_id", id, true), Vote::id));
    }

    Stemming stemming(Vote v) {
        UUID id = id(v.id());
        return new Stemming(
                url("stemmingen", id),
                id.toString(),
                refOrNull("agendapunten", v.agendaItemId()),
                code(v.voteType()),
                code(v.result()),
                fit(v.resultOnPersons(), 200),
                refOrNull("besluiten", v.decisionId()),
                refOrNull("informatieobjecten", v.paperId()),
                v.yesCount(),
                v.noCount(),
                v.abstainCount(),
                v.absentCount(),
                urls("stemmen", council.related(VoteCast.class, "vote_id", id, true), VoteCast::id));
    }

    Stem stem(VoteCast c) {
        UUID id = id(c.id());
        return new Stem(
                url("stemmen", id),
                id.toString(),
                refOrNull("aanwezigedeelnemers", c.attendanceId()),
                ref("stemmingen", c.voteId()),
                code(c.choice()));
    }

    StemresultaatPerFractie stemresultaat(VoteFractionResult r) {
        UUID id = id(r.id());
        return new StemresultaatPerFractie(
                url("stemresultatenperfractie", id),
                id.toString(),
                ref("fracties", r.organizationId()),
                ref("stemmingen", r.voteId()),
                code(r.result()),
                r.yesCount(),
                r.noCount(),
                r.abstainCount(),
                r.absentCount());
    }

    Fractie fractie(Organization o) {
        UUID id = id(o.id());
        return new Fractie(url("fracties", id), id.toString(), fitRequired(o.name(), 100), provincie(o.bodyId()));
    }

    FractieLidmaatschap fractielidmaatschap(Membership m) {
        UUID id = id(m.id());
        return new FractieLidmaatschap(
                url("fractielidmaatschappen", id),
                id.toString(),
                ref("fracties", m.organizationId()),
                ref("natuurlijkpersonen", m.personId()),
                startOfDay(m.startDate()),
                startOfDay(m.endDate()),
                m.chair());
    }

    NatuurlijkPersoon natuurlijkpersoon(Person p) {
        UUID id = id(p.id());
        List<PaperSubmitter> submitted = council.related(PaperSubmitter.class, "person_id", id, true);
        String familyName = blankToNull(p.familyName());
        return new NatuurlijkPersoon(
                url("natuurlijkpersonen", id),
                id.toString(),
                new NaamNatuurlijkPersoon(
                        fitRequired(familyName != null ? familyName : p.name(), 200),
                        fit(p.namePrefix(), 20),
                        fit(p.initials(), 20),
                        fit(p.givenName(), 200),
                        fit(p.name(), 300)),
                oneOf(p.functionName(), StandardValues.FUNCTIONS),
                oneOf(p.gender(), StandardValues.GENDERS),
                submitted.stream()
                        .map(s -> ref("informatieobjecten", s.paperId()))
                        .distinct()
                        .toList(),
                urls("indieners", submitted, PaperSubmitter::id));
    }

    Indiener indiener(PaperSubmitter s) {
        UUID id = id(s.id());
        Optional<Organization> organization =
                s.organizationId() == null ? Optional.empty() : council.find(Organization.class, s.organizationId());
        String name = blankToNull(s.name());
        if (name == null && organization.isPresent()) {
            name = organization.get().name();
        }
        return new Indiener(
                url("indieners", id),
                id.toString(),
                fit(name, 200),
                ref("informatieobjecten", s.paperId()),
                refOrNull("natuurlijkpersonen", s.personId()),
                // Of our organisations only fracties have a collection here to point to.
                organization
                        .filter(o -> o.classification() == OrganizationClassification.FRACTIE)
                        .map(o -> ref("fracties", id(o.id())))
                        .orElse(null));
    }

    AanwezigeDeelnemer aanwezigedeelnemer(Attendance a) {
        UUID id = id(a.id());
        return new AanwezigeDeelnemer(
                url("aanwezigedeelnemers", id),
                id.toString(),
                ref("natuurlijkpersonen", a.personId()),
                ref("vergaderingen", a.meetingId()),
                a.startAt(),
                a.endAt(),
                blankToNull(a.seat()),
                oneOf(a.role(), StandardValues.ATTENDANCE_ROLES),
                fit(a.organizationName(), 100),
                urls("stemmen", council.related(VoteCast.class, "attendance_id", id, true), VoteCast::id));
    }

    /** The standard's provincie value of a body, when it is a province with a known code. */
    @Nullable
    String provincie(UUID bodyId) {
        return provincies
                .computeIfAbsent(
                        bodyId,
                        b -> council.find(Body.class, b)
                                .filter(body -> body.classification() == BodyClassification.PROVINCIE)
                                .map(Body::code)
                                .filter(StandardValues.PROVINCES::containsKey))
                .orElse(null);
    }

    private <T> List<String> urls(String collection, List<T> objects, Function<T, @Nullable UUID> id) {
        Set<String> urls = new LinkedHashSet<>();
        for (T object : objects) {
            UUID target = id.apply(object);
            if (target != null) {
                urls.add(url(collection, target));
            }
        }
        return List.copyOf(urls);
    }

    private static UUID id(@Nullable UUID id) {
        if (id == null) {
            throw new IllegalStateException("A stored object has no id");
        }
        return id;
    }

    private static @Nullable String code(@Nullable StandardCoded value) {
        return value == null ? null : value.code();
    }

    private static @Nullable String oneOf(@Nullable String value, Set<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static @Nullable OffsetDateTime startOfDay(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(Paging.AMSTERDAM).toOffsetDateTime();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Shortens text to the standard's maximum length, marking the cut with an ellipsis. */
    static @Nullable String fit(@Nullable String value, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String fitRequired(String value, int max) {
        String text = fit(value, max);
        return text == null ? "-" : text;
    }
}
