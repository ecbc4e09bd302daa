package nl.statenwerk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.LegislativeTerm;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperRelation;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.Person;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.files.TextStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Imports OParl 1.1: by crawling a system from its url (bodies, then each body's paginated lists), or from a folder
 * of OParl objects. Embedded objects (a person's memberships, a meeting's agenda items, a paper's files and
 * consultations) are imported with their parent.
 */
final class OParlImport {

    private static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final List<String> ORDER = List.of(
            "Body",
            "LegislativeTerm",
            "Organization",
            "Person",
            "Membership",
            "Meeting",
            "AgendaItem",
            "Paper",
            "Consultation",
            "File");

    private final ImportContext ctx;
    private @Nullable UUID currentBody;

    OParlImport(ImportContext ctx) {
        this.ctx = ctx;
    }

    static boolean isOParl(JsonNode node) {
        JsonNode type = node.get("type");
        return node.has("oparlVersion")
                || (type != null && type.isString() && type.asString().startsWith("https://schema.oparl.org/"));
    }

    private static String typeOf(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            return "";
        }
        String value = type.asString();
        return value.substring(value.lastIndexOf('/') + 1);
    }

    /** Imports a folder of OParl object files (one object, or a list with {@code data}, per file). */
    void folder(Path dir) {
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file :
                    paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node;
                try {
                    node = ctx.json.readTree(Files.readAllBytes(file));
                } catch (JacksonException e) {
                    ctx.report.failed(
                            "oparl", dir.relativize(file).toString(), "geen geldige JSON: " + e.getOriginalMessage());
                    continue;
                }
                List<JsonNode> objects = new ArrayList<>();
                if (node.has("data") && node.get("data").isArray()) {
                    node.get("data").forEach(objects::add);
                } else {
                    objects.add(node);
                }
                for (JsonNode object : objects) {
                    String type = typeOf(object);
                    if (!ORDER.contains(type)) {
                        if (!type.equals("System") && !type.equals("Location")) {
                            ctx.report.warning(
                                    "oparl",
                                    dir.relativize(file).toString(),
                                    "onbekend OParl-type '" + type + "' overgeslagen");
                        }
                        continue;
                    }
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(object);
                }
            }
        } catch (IOException e) {
            throw new ImportException("map onleesbaar: " + dir + " (" + e.getMessage() + ")", e);
        }
        for (String type : ORDER) {
            importAll(type, byType.getOrDefault(type, List.of()));
        }
    }

    /** Crawls a system: its bodies and, per body, its lists with their pagination. */
    void crawl(String systemUrl, JsonNode system) {
        String bodyList = system.has("body") ? system.get("body").asString() : null;
        if (bodyList == null) {
            throw new ImportException("OParl-systeem zonder 'body'-lijst: " + systemUrl);
        }
        for (JsonNode body : list(bodyList)) {
            importAll("Body", List.of(body));
            ctx.council.idOf(Body.class, body.get("id").asString()).ifPresent(id -> currentBody = id);
            if (currentBody == null) {
                continue;
            }
            if (body.has("legislativeTerm") && body.get("legislativeTerm").isArray()) {
                List<JsonNode> terms = new ArrayList<>();
                body.get("legislativeTerm").forEach(terms::add);
                importAll("LegislativeTerm", terms);
            }
            for (String[] field : new String[][] {
                {"organization", "Organization"}, {"person", "Person"}, {"membership", "Membership"},
                {"meeting", "Meeting"}, {"agendaItem", "AgendaItem"}, {"paper", "Paper"},
                {"consultation", "Consultation"}
            }) {
                JsonNode url = body.get(field[0]);
                if (url != null && url.isString()) {
                    importAll(field[1], list(url.asString()));
                }
            }
            currentBody = null;
        }
    }

    private List<JsonNode> list(String url) {
        List<JsonNode> all = new ArrayList<>();
        String next = url;
        int pages = 0;
        while (next != null && pages++ < 100_000) {
            byte[] body;
            try {
                body = ctx.sourceFiles.getJson(next);
            } catch (AddressPolicy.RefusedAddress e) {
                // one line, as a list not found is: the source itself was allowed, the rest of it still imports
                ctx.report.failed("oparl", next, "lijst " + e.getMessage());
                break;
            }
            if (body == null) {
                ctx.report.failed("oparl", next, "lijst niet gevonden (HTTP 404)");
                break;
            }
            JsonNode page;
            try {
                page = ctx.json.readTree(body);
            } catch (JacksonException e) {
                ctx.report.failed("oparl", next, "geen geldige JSON: " + e.getOriginalMessage());
                break;
            }
            if (page.has("data") && page.get("data").isArray()) {
                page.get("data").forEach(all::add);
            }
            JsonNode links = page.get("links");
            next = links != null && links.has("next") && links.get("next").isString()
                    ? links.get("next").asString()
                    : null;
        }
        return all;
    }

    private void importAll(String type, List<JsonNode> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        ctx.each(type, nodes, "id", node -> {
            Fields f = new Fields(node);
            String id = f.required("id");
            if (!typeOf(node).equals(type)) {
                throw new ObjectFailure("type '" + f.text("type") + "' is geen OParl " + type);
            }
            if (f.bool("deleted") == Boolean.TRUE) {
                return deleted(type, id);
            }
            return switch (type) {
                case "Body" -> body(f, id);
                case "LegislativeTerm" -> legislativeTerm(f, id);
                case "Organization" -> organization(f, id);
                case "Person" -> person(f, id);
                case "Membership" -> membership(f, id, null);
                case "Meeting" -> meeting(f, id);
                case "AgendaItem" -> agendaItem(f, id, null);
                case "Paper" -> paper(f, id);
                case "Consultation" -> consultation(f, id, null);
                case "File" -> file(f, id).upserted();
                default -> throw new ObjectFailure("onbekend type " + type);
            };
        });
    }

    private Upserted deleted(String type, String id) {
        Class<? extends Record> recordType = switch (type) {
            case "Body" -> Body.class;
            case "LegislativeTerm" -> LegislativeTerm.class;
            case "Organization" -> Organization.class;
            case "Person" -> Person.class;
            case "Membership" -> Membership.class;
            case "Meeting" -> Meeting.class;
            case "AgendaItem" -> AgendaItem.class;
            case "Paper" -> Paper.class;
            case "Consultation" -> Consultation.class;
            default -> throw new ObjectFailure("verwijderen van " + type + " wordt niet ondersteund");
        };
        UUID stored = ctx.council
                .idOf(recordType, id)
                .orElseThrow(() -> new ObjectFailure("verwijderd object was niet bekend"));
        ctx.council.delete(recordType, stored);
        return new Upserted(stored, UpsertOutcome.UPDATED);
    }

    private UUID bodyOf(Fields f) {
        String body = f.text("body");
        if (body != null) {
            return ctx.resolve(Body.class, body, "body");
        }
        if (currentBody != null) {
            return currentBody;
        }
        throw new ObjectFailure("geen 'body' en niet gevonden via een orgaan");
    }

    private Upserted body(Fields f, String id) {
        Body body = new Body(
                null,
                id,
                f.required("name"),
                f.text("shortName"),
                BodyClassification.OTHER,
                null,
                f.text("website"),
                f.text("license"),
                null,
                null,
                null);
        Upserted saved = ctx.store(body, id, f.node());
        currentBody = saved.id();
        return saved;
    }

    private Upserted legislativeTerm(Fields f, String id) {
        LegislativeTerm term = new LegislativeTerm(
                null,
                bodyOf(f),
                id,
                f.text("name") != null ? f.text("name") : id,
                f.date("startDate"),
                f.date("endDate"),
                null,
                null,
                null);
        return ctx.store(term, id, f.node());
    }

    private Upserted organization(Fields f, String id) {
        Organization organization = new Organization(
                null,
                bodyOf(f),
                id,
                f.required("name"),
                f.text("shortName"),
                classification(f.text("classification"), f.text("organizationType")),
                f.date("startDate"),
                f.date("endDate"),
                f.text("website"),
                null,
                null,
                null);
        return ctx.store(organization, id, f.node());
    }

    static OrganizationClassification classification(@Nullable String classification, @Nullable String type) {
        String value = ((classification == null ? "" : classification) + " " + (type == null ? "" : type))
                .toLowerCase(Locale.ROOT);
        if (value.contains("fracti") || value.contains("fraktion")) {
            return OrganizationClassification.FRACTIE;
        }
        if (value.contains("commissie") || value.contains("ausschuss") || value.contains("committee")) {
            return OrganizationClassification.COMMISSIE;
        }
        if (value.contains("gedeputeerde")) {
            return OrganizationClassification.GEDEPUTEERDE_STATEN;
        }
        if (value.contains("presidium")) {
            return OrganizationClassification.PRESIDIUM;
        }
        if (value.contains("griffie")) {
            return OrganizationClassification.GRIFFIE;
        }
        return OrganizationClassification.OTHER;
    }

    private Upserted person(Fields f, String id) {
        String name = f.text("name");
        if (name == null) {
            name = String.join(
                    " ",
                    Stream.of(f.text("givenName"), f.text("familyName"))
                            .filter(s -> s != null)
                            .toList());
        }
        if (name.isBlank()) {
            throw new ObjectFailure("verplicht veld 'name' ontbreekt");
        }
        UUID body = bodyOf(f);
        Person person = new Person(
                null,
                body,
                id,
                name,
                f.text("familyName"),
                f.text("givenName"),
                null,
                null,
                gender(f.text("gender")),
                null,
                null,
                null,
                null);
        Upserted saved = ctx.store(person, id, f.node());
        JsonNode memberships = f.node().get("membership");
        if (memberships != null && memberships.isArray()) {
            for (JsonNode membership : memberships) {
                if (membership.isObject()) {
                    Fields m = new Fields(membership);
                    membership(m, m.required("id"), saved.id());
                }
            }
        }
        return saved;
    }

    private static @Nullable String gender(@Nullable String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender.toLowerCase(Locale.ROOT)) {
            case "male", "man" -> "man";
            case "female", "vrouw" -> "vrouw";
            case "other", "anders" -> "anders";
            default -> "onbekend";
        };
    }

    private Upserted membership(Fields f, String id, @Nullable UUID person) {
        UUID personId =
                person != null ? person : ctx.resolve(Person.class, required(f.text("person"), "person"), "person");
        UUID organization =
                ctx.resolve(Organization.class, required(f.text("organization"), "organization"), "organization");
        String onBehalfOf = f.text("onBehalfOf");
        UUID body = ctx.council.find(Person.class, personId).map(Person::bodyId).orElseThrow();
        Membership membership = new Membership(
                null,
                body,
                id,
                personId,
                organization,
                f.text("role"),
                false,
                f.bool("votingRight"),
                onBehalfOf == null ? null : ctx.resolve(Organization.class, onBehalfOf, "onBehalfOf"),
                f.date("startDate"),
                f.date("endDate"),
                null,
                null,
                null);
        return ctx.store(membership, id, f.node());
    }

    private Upserted meeting(Fields f, String id) {
        List<String> organizations = f.refs("organization");
        UUID organization = organizations.isEmpty()
                ? null
                : ctx.resolve(Organization.class, organizations.getFirst(), "organization");
        UUID body = organization != null
                ? ctx.council
                        .find(Organization.class, organization)
                        .map(Organization::bodyId)
                        .orElseThrow()
                : bodyOf(f);
        MeetingState state = Boolean.TRUE.equals(f.bool("cancelled"))
                ? MeetingState.CANCELLED
                : state(f.text("meetingState"), f.dateTime("start"));
        var start = f.dateTime("start");
        String location = null;
        JsonNode loc = f.node().get("location");
        if (loc != null && loc.isObject() && loc.has("description")) {
            location = loc.get("description").asString();
        }
        Meeting meeting = new Meeting(
                null,
                body,
                id,
                f.text("name"),
                meetingType(f.text("name")),
                state,
                start == null
                        ? null
                        : start.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
                                .toLocalDate(),
                start,
                f.dateTime("end"),
                null,
                null,
                location,
                null,
                null,
                organization,
                null,
                null,
                null,
                null);
        Upserted saved = ctx.store(meeting, id, f.node());
        List<MeetingFile> meetingFiles = new ArrayList<>();
        for (String[] role : new String[][] {
            {"invitation", "INVITATION"},
            {"resultsProtocol", "RESULTS_PROTOCOL"},
            {"verbatimProtocol", "VERBATIM_PROTOCOL"}
        }) {
            JsonNode file = f.node().get(role[0]);
            if (file != null && file.isObject()) {
                embeddedFile(file)
                        .ifPresent(fileId -> meetingFiles.add(
                                new MeetingFile(saved.id(), fileId, MeetingFile.Role.valueOf(role[1]))));
            }
        }
        JsonNode auxiliary = f.node().get("auxiliaryFile");
        if (auxiliary != null && auxiliary.isArray()) {
            for (JsonNode file : auxiliary) {
                embeddedFile(file)
                        .ifPresent(fileId ->
                                meetingFiles.add(new MeetingFile(saved.id(), fileId, MeetingFile.Role.AUXILIARY)));
            }
        }
        ctx.council
                .links()
                .replaceMeetingFiles(
                        saved.id(), meetingFiles.stream().distinct().toList());
        JsonNode items = f.node().get("agendaItem");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                if (item.isObject()) {
                    Fields i = new Fields(item);
                    agendaItem(i, i.required("id"), saved.id());
                }
            }
        }
        return saved;
    }

    private static MeetingState state(@Nullable String state, java.time.@Nullable OffsetDateTime start) {
        if (state != null) {
            String s = state.toLowerCase(Locale.ROOT);
            if (s.contains("durchgef") || s.contains("gehouden") || s.contains("held")) {
                return MeetingState.HELD;
            }
            if (s.contains("abgesagt") || s.contains("geannuleerd") || s.contains("cancel")) {
                return MeetingState.CANCELLED;
            }
        }
        return start != null && start.isBefore(java.time.OffsetDateTime.now())
                ? MeetingState.HELD
                : MeetingState.PLANNED;
    }

    private static MeetingType meetingType(@Nullable String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.contains("statenvergadering")) {
            return MeetingType.STATENVERGADERING;
        }
        if (n.contains("commissie") || n.contains("ausschuss")) {
            return MeetingType.COMMISSIEVERGADERING;
        }
        if (n.contains("beeldvormend")) {
            return MeetingType.BEELDVORMENDE_SESSIE;
        }
        return MeetingType.OTHER;
    }

    private Upserted agendaItem(Fields f, String id, @Nullable UUID meeting) {
        UUID meetingId = meeting != null
                ? meeting
                : ctx.resolve(Meeting.class, required(f.text("meeting"), "meeting"), "meeting");
        UUID body =
                ctx.council.find(Meeting.class, meetingId).map(Meeting::bodyId).orElseThrow();
        Integer order = f.integer("order");
        Boolean isPublic = f.bool("public");
        AgendaItem item = new AgendaItem(
                null,
                body,
                id,
                meetingId,
                null,
                f.text("number"),
                order != null ? order : OriImport.position(f.text("number")),
                f.text("name"),
                f.text("resolutionText"),
                null,
                null,
                isPublic == null ? null : !isPublic,
                null,
                f.dateTime("start"),
                f.dateTime("end"),
                null,
                null,
                null,
                null,
                null);
        return ctx.store(item, id, f.node());
    }

    private Upserted paper(Fields f, String id) {
        UUID body = bodyOf(f);
        String name = f.text("name") != null ? f.text("name") : f.text("reference");
        if (name == null) {
            throw new ObjectFailure("verplicht veld 'name' ontbreekt");
        }
        Paper paper = new Paper(
                null,
                body,
                id,
                name,
                f.text("reference"),
                f.date("date"),
                paperType(f.text("paperType")),
                null,
                null,
                null,
                false,
                null,
                f.text("paperType"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Upserted saved = ctx.store(paper, id, f.node());
        List<PaperFile> paperFiles = new ArrayList<>();
        JsonNode main = f.node().get("mainFile");
        if (main != null && main.isObject()) {
            embeddedFile(main)
                    .ifPresent(fileId -> paperFiles.add(new PaperFile(saved.id(), fileId, PaperFile.Role.MAIN, 0)));
        }
        JsonNode auxiliary = f.node().get("auxiliaryFile");
        if (auxiliary != null && auxiliary.isArray()) {
            int position = 1;
            for (JsonNode file : auxiliary) {
                int p = position++;
                embeddedFile(file)
                        .ifPresent(fileId ->
                                paperFiles.add(new PaperFile(saved.id(), fileId, PaperFile.Role.AUXILIARY, p)));
            }
        }
        ctx.council
                .links()
                .replacePaperFiles(saved.id(), paperFiles.stream().distinct().toList());
        for (String person : f.refs("originatorPerson")) {
            ctx.council.save(
                    new PaperSubmitter(
                            null,
                            body,
                            id + "#originator=" + person,
                            saved.id(),
                            ctx.resolve(Person.class, person, "originatorPerson"),
                            null,
                            null,
                            null,
                            null,
                            null),
                    null);
        }
        for (String organization : f.refs("originatorOrganization")) {
            ctx.council.save(
                    new PaperSubmitter(
                            null,
                            body,
                            id + "#originator=" + organization,
                            saved.id(),
                            null,
                            ctx.resolve(Organization.class, organization, "originatorOrganization"),
                            null,
                            null,
                            null,
                            null),
                    null);
        }
        List<PaperRelation> relations = new ArrayList<>();
        for (String related : f.refs("relatedPaper")) {
            ctx.council
                    .idOf(Paper.class, related)
                    .ifPresentOrElse(
                            target -> relations.add(new PaperRelation(saved.id(), target, null)),
                            () -> ctx.report.warning("Paper", id, "gerelateerd stuk nog onbekend: " + related));
        }
        ctx.council.links().replacePaperRelations(saved.id(), relations);
        JsonNode consultations = f.node().get("consultation");
        if (consultations != null && consultations.isArray()) {
            for (JsonNode consultation : consultations) {
                if (consultation.isObject()) {
                    Fields c = new Fields(consultation);
                    consultation(c, c.required("id"), saved.id());
                }
            }
        }
        return saved;
    }

    private static PaperType paperType(@Nullable String label) {
        String l = label == null ? "" : label.toLowerCase(Locale.ROOT);
        if (l.contains("statenvoorstel") || l.equals("voorstel") || l.contains("vorlage")) {
            return PaperType.STATENVOORSTEL;
        }
        if (l.contains("amendement") || l.contains("änderungsantrag")) {
            return PaperType.AMENDEMENT;
        }
        if (l.contains("motie") || l.contains("antrag")) {
            return PaperType.MOTIE;
        }
        if (l.contains("antwoord") || l.contains("beantwortung")) {
            return PaperType.ANTWOORD;
        }
        if (l.contains("vragen") || l.contains("anfrage")) {
            return PaperType.VRAGEN;
        }
        if (l.contains("ingekomen")) {
            return PaperType.INGEKOMEN_STUK;
        }
        if (l.contains("mededeling") || l.contains("mitteilung")) {
            return PaperType.MEDEDELING;
        }
        if (l.contains("toezegging")) {
            return PaperType.TOEZEGGING;
        }
        if (l.contains("besluitenlijst")) {
            return PaperType.BESLUITENLIJST;
        }
        if (l.contains("verslag") || l.contains("niederschrift")) {
            return PaperType.VERSLAG;
        }
        return PaperType.OTHER;
    }

    private Upserted consultation(Fields f, String id, @Nullable UUID paper) {
        UUID paperId = paper != null ? paper : ctx.resolve(Paper.class, required(f.text("paper"), "paper"), "paper");
        String agendaItem = f.text("agendaItem");
        String meeting = f.text("meeting");
        List<String> organizations = f.refs("organization");
        UUID body = ctx.council.find(Paper.class, paperId).map(Paper::bodyId).orElseThrow();
        UUID itemId = agendaItem == null ? null : ctx.resolve(AgendaItem.class, agendaItem, "agendaItem");
        UUID meetingId = meeting != null
                ? ctx.resolve(Meeting.class, meeting, "meeting")
                : itemId == null
                        ? null
                        : ctx.council
                                .find(AgendaItem.class, itemId)
                                .map(AgendaItem::meetingId)
                                .orElse(null);
        Consultation consultation = new Consultation(
                null,
                body,
                id,
                paperId,
                itemId,
                meetingId,
                organizations.isEmpty()
                        ? null
                        : ctx.resolve(Organization.class, organizations.getFirst(), "organization"),
                f.text("role"),
                f.bool("authoritative"),
                null,
                null,
                null);
        return ctx.store(consultation, id, f.node());
    }

    private record FileResult(Upserted upserted) {}

    /**
     * An embedded file of a paper or meeting. A file that cannot be fetched or is rejected gets its own report line;
     * its parent still lands, without it.
     */
    private java.util.Optional<UUID> embeddedFile(JsonNode node) {
        String id = node.has("id") ? node.get("id").asString() : null;
        try {
            return java.util.Optional.of(
                    file(new Fields(node), id == null ? "" : id).upserted().id());
        } catch (ObjectFailure e) {
            ctx.report.failed("File", id, e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private FileResult file(Fields f, String id) {
        String url = f.text("downloadUrl") != null ? f.text("downloadUrl") : f.text("accessUrl");
        if (url == null) {
            throw new ObjectFailure("bestand zonder accessUrl of downloadUrl");
        }
        String fileName = f.text("fileName") != null ? f.text("fileName") : "document";
        Path path = ctx.sourceFiles.download(url, ctx.tempDir);
        StoredContent content;
        try (InputStream in = Files.newInputStream(path)) {
            content = ctx.files.store(in, f.text("mimeType"), fileName);
        } catch (FileRejectedException e) {
            throw new ObjectFailure("bestand geweigerd: " + e.dutchMessage());
        } catch (IOException e) {
            throw new ObjectFailure("bestand onleesbaar: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // removed with the run's temp folder
            }
        }
        for (String warning : content.warnings()) {
            ctx.report.warning("File", id, warning);
        }
        StoredFile file = new StoredFile(
                null,
                currentBody,
                id,
                f.text("name"),
                fileName,
                content.mimeType(),
                f.text("mimeType"),
                content.size(),
                content.sha256(),
                content.pageCount(),
                null,
                TextStatus.PENDING,
                null,
                f.text("accessUrl"),
                f.date("date"),
                null,
                null,
                null);
        Upserted saved = ctx.files.save(file, content.sha256());
        ctx.storedFileIds.add(saved.id());
        return new FileResult(saved);
    }

    private static String required(@Nullable String value, String field) {
        if (value == null) {
            throw new ObjectFailure("verplichte verwijzing '" + field + "' ontbreekt");
        }
        return value;
    }
}
