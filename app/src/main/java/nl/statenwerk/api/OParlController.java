package nl.statenwerk.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.statenwerk.api.OParlViews.ListPage;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.LegislativeTerm;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Slice;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * OParl 1.1, read-only, public objects only: the system, its bodies, and per body the lists of its objects.
 *
 * <p>Lists take {@code limit} (1 to 1000, default 100), {@code page} (the opaque token in {@code links.next}) and
 * {@code modified_since} (ISO 8601); with {@code modified_since} they also carry soft-deleted objects, marked
 * {@code deleted: true}, so that sync clients learn of deletions. Single objects stay at their URL after deletion.
 */
@RestController
@RequestMapping(path = "/oparl/v1", produces = "application/json")
class OParlController {

    private final JsonMapper json;
    private final Council council;
    private final String baseUrl;
    private final String apiBase;
    private final OParlFiles files;
    private final Map<String, Kind<?>> kinds;

    OParlController(Council council, StatenwerkProperties properties, OParlFiles files, JsonMapper json) {
        this.json = json;
        this.council = council;
        this.baseUrl = properties.baseUrl();
        this.apiBase = baseUrl + "/oparl/v1";
        this.files = files;
        this.kinds = Map.of(
                "organization", new Kind<>(Organization.class, OParlMapper::organization),
                "person", new Kind<>(Person.class, OParlMapper::person),
                "meeting", new Kind<>(Meeting.class, OParlMapper::meeting),
                "paper", new Kind<>(Paper.class, OParlMapper::paper),
                "legislativeTerm", new Kind<>(LegislativeTerm.class, OParlMapper::legislativeTerm),
                "agendaItem", new Kind<>(AgendaItem.class, OParlMapper::agendaItem),
                "membership", new Kind<>(Membership.class, OParlMapper::membership),
                "consultation", new Kind<>(Consultation.class, OParlMapper::consultation));
    }

    @GetMapping({"", "/system"})
    OParlViews.System system() {
        return mapper().system();
    }

    @GetMapping("/bodies")
    ListPage<Object> bodies(
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "modified_since", required = false) @Nullable String modifiedSince) {
        return new Kind<>(Body.class, OParlMapper::body)
                .page(Paging.of(limit, page, modifiedSince, "modified_since"), null, mapper());
    }

    @GetMapping("/body/{id}")
    Object body(@PathVariable String id) {
        Body body = publicBody(id);
        return SourceIds.withSourceId(json, mapper().body(body), body);
    }

    @GetMapping("/body/{id}/{list}")
    ListPage<Object> list(
            @PathVariable String id,
            @PathVariable String list,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "modified_since", required = false) @Nullable String modifiedSince) {
        UUID bodyId = OriController.parseId(id);
        if (list.equals("file")) {
            Paging paging = Paging.of(limit, page, modifiedSince, "modified_since");
            publicBody(id);
            return files.page(bodyId, paging, mapper(), baseUrl);
        }
        Kind<?> kind = kinds.get(list);
        if (kind == null) {
            throw ApiProblem.notFound();
        }
        Paging paging = Paging.of(limit, page, modifiedSince, "modified_since");
        publicBody(id);
        return kind.page(paging, bodyId, mapper());
    }

    @GetMapping("/{kind}/{id}")
    Object one(@PathVariable String kind, @PathVariable String id) {
        if (kind.equals("file")) {
            return files.one(OriController.parseId(id), mapper()).orElseThrow(ApiProblem::notFound);
        }
        Kind<?> resource = kinds.get(kind);
        if (resource == null) {
            throw ApiProblem.notFound();
        }
        return resource.one(OriController.parseId(id), mapper());
    }

    private Body publicBody(String id) {
        return council.findPublic(Body.class, OriController.parseId(id)).orElseThrow(ApiProblem::notFound);
    }

    private OParlMapper mapper() {
        return new OParlMapper(council, apiBase, (id, mapper) -> files.file(id, mapper));
    }

    /** The OParl list shape around one page; {@code links.first} is the request without its page token. */
    static <T> ListPage<T> listPage(List<T> data, Paging paging, @Nullable String next, String baseUrl) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        String first = baseUrl + current.getPath() + (current.getQuery() == null ? "" : "?" + current.getQuery());
        return new ListPage<>(
                data,
                new OParlViews.Pagination(paging.limit()),
                new OParlViews.Links(
                        UriComponentsBuilder.fromUriString(first)
                                .replaceQueryParam("page")
                                .build()
                                .toUriString(),
                        next));
    }

    private final class Kind<T extends Record> {

        private final Class<T> type;
        private final BiFunction<OParlMapper, T, Object> mapping;

        Kind(Class<T> type, BiFunction<OParlMapper, T, Object> mapping) {
            this.type = type;
            this.mapping = mapping;
        }

        ListPage<Object> page(Paging paging, @Nullable UUID bodyId, OParlMapper mapper) {
            Slice<T> slice = council.list(type, paging.query(bodyId, paging.modifiedSince() != null));
            List<Object> data = slice.items().stream()
                    .map(o -> SourceIds.withSourceId(json, mapping.apply(mapper, o), o))
                    .toList();
            return listPage(
                    data, paging, slice.next() == null ? null : Paging.nextLink(baseUrl, slice.next()), baseUrl);
        }

        Object one(UUID id, OParlMapper mapper) {
            T object = council.findPublic(type, id).orElseThrow(ApiProblem::notFound);
            return SourceIds.withSourceId(json, mapping.apply(mapper, object), object);
        }
    }
}
