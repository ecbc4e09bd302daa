package nl.statenwerk.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.statenwerk.api.OriViews.Page;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Attendance;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Slice;
import nl.statenwerk.council.StandardValues;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteCast;
import nl.statenwerk.council.VoteFractionResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * ODS Open Raadsinformatie 2.0, read-only, public objects only.
 *
 * <p>Every collection takes {@code pageSize} (1 to 1000, default 100), {@code page} (the opaque token in a
 * {@code next} link), {@code gewijzigdSinds} (ISO 8601 date-time: only objects changed after it; the standard defines
 * it for vergaderingen and agendapunten, we accept it everywhere for incremental sync) and {@code provincie} (the
 * standard's province value: only objects of that province's Staten).
 */
@RestController
@RequestMapping(path = "/api/ori/v2", produces = "application/json")
class OriController {

    private final JsonMapper json;
    private final Council council;
    private final PublicFiles files;
    private final String baseUrl;
    private final String apiBase;
    private final Map<String, Collection<?>> collections;

    OriController(Council council, StatenwerkProperties properties, PublicFiles files, JsonMapper json) {
        this.json = json;
        this.council = council;
        this.files = files;
        this.baseUrl = properties.baseUrl();
        this.apiBase = baseUrl + "/api/ori/v2";
        this.collections = Map.ofEntries(
                collection("vergaderingen", Meeting.class, OriMapper::vergadering),
                collection("agendapunten", AgendaItem.class, OriMapper::agendapunt),
                collection("informatieobjecten", Paper.class, OriMapper::informatieobject),
                collection("besluiten", Decision.class, OriMapper::besluit),
                collection("stemmingen", Vote.class, OriMapper::stemming),
                collection("stemmen", VoteCast.class, OriMapper::stem),
                collection("stemresultatenperfractie", VoteFractionResult.class, OriMapper::stemresultaat),
                fracties("fracties", Organization.class, OriMapper::fractie),
                fracties("fractielidmaatschappen", Membership.class, OriMapper::fractielidmaatschap),
                collection("natuurlijkpersonen", Person.class, OriMapper::natuurlijkpersoon),
                collection("indieners", PaperSubmitter.class, OriMapper::indiener),
                collection("aanwezigedeelnemers", Attendance.class, OriMapper::aanwezigedeelnemer));
    }

    @GetMapping("/{collection}")
    Page<Object> list(
            @PathVariable String collection,
            @RequestParam(required = false) @Nullable String pageSize,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String gewijzigdSinds,
            @RequestParam(required = false) @Nullable String provincie) {
        Collection<?> resource = resource(collection);
        Paging paging = Paging.of(pageSize, page, gewijzigdSinds, "gewijzigdSinds");
        if (provincie != null && !StandardValues.PROVINCES.containsKey(provincie)) {
            throw ApiProblem.badRequest(
                    "Onbekende provincie: gebruik een waarde uit de lijst Provincie van de standaard.");
        }
        Optional<UUID> bodyId = provincie == null ? Optional.empty() : body(provincie);
        if (provincie != null && bodyId.isEmpty()) {
            return new Page<>(null, null, List.of());
        }
        return resource.page(
                paging.query(bodyId.orElse(null), false, resource.classification()),
                new OriMapper(council, apiBase, files::downloadUrl));
    }

    @GetMapping("/{collection}/{id}")
    Object one(@PathVariable String collection, @PathVariable String id) {
        return resource(collection).one(parseId(id), new OriMapper(council, apiBase, files::downloadUrl));
    }

    private Collection<?> resource(String name) {
        Collection<?> collection = collections.get(name);
        if (collection == null) {
            throw ApiProblem.notFound();
        }
        return collection;
    }

    private Optional<UUID> body(String provincie) {
        // The bodies of an installation are few: one page holds them all.
        return council.list(Body.class, ListQuery.publicFirstPage(1000)).items().stream()
                .filter(b -> b.classification() == BodyClassification.PROVINCIE && provincie.equals(b.code()))
                .map(Body::id)
                .findFirst();
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound();
        }
    }

    private <T extends Record> Map.Entry<String, Collection<?>> collection(
            String name, Class<T> type, BiFunction<OriMapper, T, Object> mapping) {
        return Map.entry(name, new Collection<>(type, null, mapping));
    }

    private <T extends Record> Map.Entry<String, Collection<?>> fracties(
            String name, Class<T> type, BiFunction<OriMapper, T, Object> mapping) {
        return Map.entry(name, new Collection<>(type, OrganizationClassification.FRACTIE, mapping));
    }

    private final class Collection<T extends Record> {

        private final Class<T> type;
        private final @Nullable OrganizationClassification classification;
        private final BiFunction<OriMapper, T, Object> mapping;

        Collection(
                Class<T> type,
                @Nullable OrganizationClassification classification,
                BiFunction<OriMapper, T, Object> mapping) {
            this.type = type;
            this.classification = classification;
            this.mapping = mapping;
        }

        @Nullable
        OrganizationClassification classification() {
            return classification;
        }

        Page<Object> page(ListQuery query, OriMapper mapper) {
            Slice<T> slice = council.list(type, query);
            List<Object> results = slice.items().stream()
                    .map(o -> SourceIds.withSourceId(json, mapping.apply(mapper, o), o))
                    .toList();
            String next = slice.next() == null ? null : Paging.nextLink(baseUrl, slice.next());
            return new Page<>(next, null, results);
        }

        Object one(UUID id, OriMapper mapper) {
            T object = council.findPublic(type, id)
                    .filter(o -> !isDeleted(o))
                    .filter(this::ofClassification)
                    .orElseThrow(ApiProblem::notFound);
            return SourceIds.withSourceId(json, mapping.apply(mapper, object), object);
        }

        private boolean ofClassification(T object) {
            if (classification == null) {
                return true;
            }
            UUID organizationId = object instanceof Membership m ? m.organizationId() : ((Organization) object).id();
            return council.find(Organization.class, organizationId)
                    .map(o -> o.classification() == classification)
                    .orElse(false);
        }
    }

    static boolean isDeleted(Record object) {
        for (var component : object.getClass().getRecordComponents()) {
            if (component.getName().equals("deletedAt")) {
                try {
                    return component.getAccessor().invoke(object) != null;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }
}
