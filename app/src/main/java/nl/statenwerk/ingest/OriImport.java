package nl.statenwerk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.core.Upserted;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Attendance;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.FractionVoteResult;
import nl.statenwerk.council.Meeting;
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
import nl.statenwerk.council.StandardValues;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteCast;
import nl.statenwerk.council.VoteChoice;
import nl.statenwerk.council.VoteFractionResult;
import nl.statenwerk.council.VoteResult;
import nl.statenwerk.council.VoteType;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.files.TextStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Imports one ODS Open Raadsinformatie bundle: collections in the order their references need, each object mapped
 * from the standard's shape (see /api/ori/v2 for the way back).
 */
final class OriImport {

    /** The collections we read, in an order where every reference points to an earlier collection. */
    static final List<String> COLLECTIONS = List.of(
            "fracties",
            "organisatorische_eenheden",
            "natuurlijkpersonen",
            "fractielidmaatschappen",
            "vergaderingen",
            "agendapunten",
            "besluiten",
            "informatieobjecten",
            "indieners",
            "aanwezigedeelnemers",
            "stemmingen",
            "stemmen",
            "stemresultatenperfractie");

    static final Set<String> UNSUPPORTED =
            Set.of("dagelijksebesturen", "dagelijksbestuurlidmaatschappen", "mediabronnen", "spreekfragmenten");

    private final ImportContext ctx;
    private final @Nullable Path bundleDir;
    private final @Nullable JsonNode manifestBody;
    private @Nullable UUID manifestBodyId;
    private final Map<String, UUID> bodies = new LinkedHashMap<>();
    private final List<JsonNode> papersWithRelations = new ArrayList<>();

    /**
     * @param bundleDir where relative {@code link}s resolve; {@code null} for a live API, whose links are urls
     * @param manifestBody the {@code body} of the bundle's {@code bundle.json}; {@code null} to take the body from
     *     each object's {@code provincie} or {@code gemeente}
     */
    OriImport(ImportContext ctx, @Nullable Path bundleDir, @Nullable JsonNode manifestBody) {
        this.ctx = ctx;
        this.bundleDir = bundleDir;
        this.manifestBody = manifestBody;
    }

    void run(Map<String, List<JsonNode>> collections) {
        if (manifestBody != null) {
            manifestBodyId = manifestBody();
        }
        for (String name : collections.keySet()) {
            if (UNSUPPORTED.contains(name)) {
                ctx.report.warning(name, null, "collectie wordt (nog) niet geïmporteerd; brondata overgeslagen");
            }
        }
        each(collections, "fracties", this::fractie);
        each(collections, "organisatorische_eenheden", this::organisatorischeEenheid);
        each(collections, "natuurlijkpersonen", this::natuurlijkPersoon);
        each(collections, "fractielidmaatschappen", this::fractieLidmaatschap);
        each(
                collections,
                "vergaderingen",
                parentsFirst(collections.get("vergaderingen"), "hoofdvergadering"),
                this::vergadering);
        each(
                collections,
                "agendapunten",
                parentsFirst(collections.get("agendapunten"), "hoofdagendapunt"),
                this::agendapunt);
        each(collections, "besluiten", this::besluit);
        each(collections, "informatieobjecten", this::informatieobject);
        relations();
        each(collections, "indieners", this::indiener);
        each(collections, "aanwezigedeelnemers", this::aanwezigeDeelnemer);
        each(collections, "stemmingen", this::stemming);
        each(collections, "stemmen", this::stem);
        each(collections, "stemresultatenperfractie", this::stemresultaatPerFractie);
    }

    private void each(Map<String, List<JsonNode>> collections, String name, ObjectWriter writer) {
        each(collections, name, collections.get(name), writer);
    }

    private void each(
            Map<String, List<JsonNode>> collections, String name, @Nullable List<JsonNode> nodes, ObjectWriter writer) {
        if (nodes == null || nodes.isEmpty()) {
            return;
        }
        ctx.each(name, nodes, "url", node -> {
            Fields f = new Fields(node);
            String url = f.required("url");
            return writer.write(f, url);
        });
    }

    @FunctionalInterface
    private interface ObjectWriter {
        Upserted write(Fields f, String url);
    }

    /** Orders objects so that a parent (hoofdvergadering, hoofdagendapunt) comes before its children. */
    private static @Nullable List<JsonNode> parentsFirst(@Nullable List<JsonNode> nodes, String parentField) {
        if (nodes == null) {
            return null;
        }
        List<JsonNode> ordered = new ArrayList<>();
        List<JsonNode> rest = new ArrayList<>();
        for (JsonNode node : nodes) {
            (hasParent(node, parentField) ? rest : ordered).add(node);
        }
        ordered.addAll(rest);
        return ordered;
    }

    private static boolean hasParent(JsonNode node, String field) {
        return node.isObject() && node.get(field) != null && !node.get(field).isNull();
    }

    private UUID manifestBody() {
        try {
            return manifestBodyOrFailure();
        } catch (ObjectFailure e) {
            // the whole bundle hangs off this body: a bad one ends the run with its reason, as a bad bundle.json does
            throw new ImportException("bundle.json beschrijft geen geldig bestuursorgaan: " + e.getMessage());
        }
    }

    private UUID manifestBodyOrFailure() {
        Fields f = new Fields(manifestBody);
        String code = f.text("code");
        String sourceId = f.text("sourceId") != null
                ? f.text("sourceId")
                : "body:" + (code != null ? code : f.required("name")).toLowerCase(Locale.ROOT);
        BodyClassification classification = f.text("classification") == null
                ? BodyClassification.OTHER
                : f.coded("classification", BodyClassification.class);
        Body body = new Body(
                null,
                sourceId,
                f.required("name"),
                f.text("shortName"),
                classification,
                code,
                f.text("website"),
                f.text("license"),
                null,
                null,
                null);
        UUID[] id = new UUID[1];
        ctx.each("bundle.json", List.of(manifestBody), "name", node -> {
            Upserted saved = ctx.council.save(body, ctx.hash(node));
            id[0] = saved.id();
            return saved;
        });
        if (id[0] == null) {
            throw new ImportException("bundle.json beschrijft geen geldig bestuursorgaan");
        }
        return id[0];
    }

    /** The body an object belongs to: the bundle's, or the province or municipality the object names. */
    private UUID body(Fields f) {
        if (manifestBodyId != null) {
            return manifestBodyId;
        }
        String provincie = f.text("provincie");
        if (provincie != null) {
            String name = StandardValues.PROVINCES.get(provincie);
            if (name == null) {
                throw new ObjectFailure("onbekende waarde '" + provincie + "' in veld 'provincie'");
            }
            return bodyFor(
                    "body:provincie:" + provincie,
                    "Provinciale Staten van " + name,
                    BodyClassification.PROVINCIE,
                    provincie);
        }
        JsonNode gemeente = f.node().get("gemeente");
        if (gemeente != null && gemeente.isObject() && gemeente.get("gemeentecode") != null) {
            String code = gemeente.get("gemeentecode").asString();
            String name = gemeente.get("gemeentenaam") != null
                    ? gemeente.get("gemeentenaam").asString()
                    : code;
            return bodyFor("body:gemeente:" + code, "Gemeenteraad " + name, BodyClassification.GEMEENTE, code);
        }
        if (bodies.size() == 1) {
            // Persons and decisions carry no province; in a bundle of one body they belong to that body.
            return bodies.values().iterator().next();
        }
        throw new ObjectFailure(
                "geen bestuursorgaan: het object noemt geen provincie of gemeente en de bundel heeft geen bundle.json");
    }

    /** A body is created outside the object's transaction: were that object to fail, the body must still exist. */
    private UUID bodyFor(String sourceId, String name, BodyClassification classification, String code) {
        return bodies.computeIfAbsent(
                sourceId,
                key -> ctx.independently(() -> ctx.council
                        .idOf(Body.class, key)
                        .orElseGet(() -> ctx.council
                                .save(
                                        new Body(
                                                null,
                                                key,
                                                name,
                                                null,
                                                classification,
                                                code,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                        null)
                                .id())));
    }

    private Upserted fractie(Fields f, String url) {
        Organization organization = new Organization(
                null,
                body(f),
                url,
                f.required("fractienaam"),
                null,
                OrganizationClassification.FRACTIE,
                null,
                null,
                null,
                null,
                null,
                null);
        return ctx.store(organization, url, f.node());
    }

    private Upserted organisatorischeEenheid(Fields f, String url) {
        Organization organization = new Organization(
                null,
                body(f),
                url,
                f.required("naam"),
                f.text("naamVerkort"),
                OrganizationClassification.OTHER,
                null,
                null,
                null,
                null,
                null,
                null);
        return ctx.store(organization, url, f.node());
    }

    private Upserted natuurlijkPersoon(Fields f, String url) {
        JsonNode nameNode = f.node().get("naamNatuurlijkPersoon");
        if (nameNode == null || !nameNode.isObject()) {
            throw new ObjectFailure("verplicht veld 'naamNatuurlijkPersoon' ontbreekt");
        }
        Fields name = new Fields(nameNode);
        String familyName = name.required("achternaam");
        String full = name.text("volledigeNaam");
        if (full == null) {
            full = String.join(
                    " ",
                    nonNull(
                            name.text("voornamen") != null ? name.text("voornamen") : name.text("voorletters"),
                            name.text("tussenvoegsel"),
                            familyName));
        }
        Person person = new Person(
                null,
                body(f),
                url,
                full,
                familyName,
                name.text("voornamen"),
                name.text("voorletters"),
                name.text("tussenvoegsel"),
                f.oneOf("geslachtsaanduiding", StandardValues.GENDERS),
                f.oneOf("functie", StandardValues.FUNCTIONS),
                null,
                null,
                null);
        return ctx.store(person, url, f.node());
    }

    private static List<String> nonNull(@Nullable String... parts) {
        List<String> list = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                list.add(part);
            }
        }
        return list;
    }

    private Upserted fractieLidmaatschap(Fields f, String url) {
        UUID fractie = ctx.resolve(Organization.class, required(f.ref("fractie"), "fractie"), "fractie");
        UUID person = ctx.resolve(
                Person.class, required(f.ref("natuurlijkPersoon"), "natuurlijkPersoon"), "natuurlijkPersoon");
        Boolean chair = f.bool("indicatieVoorzitter");
        Membership membership = new Membership(
                null,
                body(f),
                url,
                person,
                fractie,
                Boolean.TRUE.equals(chair) ? "voorzitter" : "lid",
                Boolean.TRUE.equals(chair),
                null,
                fractie,
                f.date("datumBeginFractieLidmaatschap"),
                f.date("datumEindeFractieLidmaatschap"),
                null,
                null,
                null);
        return ctx.store(membership, url, f.node());
    }

    private Upserted vergadering(Fields f, String url) {
        UUID body = body(f);
        MeetingType type = f.coded("vergaderingstype", MeetingType.class);
        if (type == null) {
            throw new ObjectFailure("verplicht veld 'vergaderingstype' ontbreekt");
        }
        MeetingState state = f.coded("status", MeetingState.class);
        var date = f.date("vergaderdatum") != null ? f.date("vergaderdatum") : f.date("geplandeVergaderdatum");
        if (state == null) {
            state = date != null && date.isBefore(java.time.LocalDate.now()) ? MeetingState.HELD : MeetingState.PLANNED;
        }
        String parent = f.ref("hoofdvergadering");
        Meeting meeting = new Meeting(
                null,
                body,
                url,
                f.text("naam"),
                type,
                state,
                date,
                f.dateTime("aanvangVergadering"),
                f.dateTime("eindeVergadering"),
                f.dateTime("geplandeAanvangVergadering"),
                f.dateTime("geplandeEindeVergadering"),
                f.text("locatie"),
                f.text("vergadertoelichting"),
                parent == null ? null : ctx.resolve(Meeting.class, parent, "hoofdvergadering"),
                gremium(f, body),
                null,
                null,
                null,
                null);
        return ctx.store(meeting, url, f.node());
    }

    /** ODS-ORI names the organising committee inline (gremium); we keep it as an organisation of the body. */
    private @Nullable UUID gremium(Fields f, UUID body) {
        JsonNode gremium = f.node().get("georganiseerdDoorGremium");
        if (gremium == null || gremium.isNull()) {
            return null;
        }
        Fields g = new Fields(gremium);
        String id = g.required("gremiumidentificatie");
        String name = g.text("gremiumnaam") != null ? g.text("gremiumnaam") : id;
        String sourceId = "gremium:" + body + ":" + id;
        return ctx.council
                .save(
                        new Organization(
                                null,
                                body,
                                sourceId,
                                name,
                                id,
                                OrganizationClassification.COMMISSIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        ctx.hash(gremium))
                .id();
    }

    private Upserted agendapunt(Fields f, String url) {
        UUID meeting = ctx.resolve(Meeting.class, required(f.ref("vergadering"), "vergadering"), "vergadering");
        String parent = f.ref("hoofdagendapunt");
        String number = f.text("agendapuntvolgnummer");
        AgendaItem item = new AgendaItem(
                null,
                body(f),
                url,
                meeting,
                parent == null ? null : ctx.resolve(AgendaItem.class, parent, "hoofdagendapunt"),
                number,
                position(number),
                f.text("agendapuntTitel"),
                f.text("agendapuntOmschrijving"),
                f.text("agendapuntKenmerk"),
                f.bool("indicatieHamerstuk"),
                f.bool("indicatorBesloten"),
                f.bool("indicatorBehandeld"),
                f.dateTime("starttijd"),
                f.dateTime("eindtijd"),
                f.dateTime("geplandeStarttijd"),
                f.dateTime("geplandeEindtijd"),
                null,
                null,
                null);
        return ctx.store(item, url, f.node());
    }

    /** Sorts "2", "10", "10a" and "10.1" as people read them: by the leading number. */
    static int position(@Nullable String number) {
        if (number == null) {
            return 0;
        }
        var matcher = java.util.regex.Pattern.compile("^\\s*(\\d{1,6})").matcher(number);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private Upserted besluit(Fields f, String url) {
        Decision decision = new Decision(
                null,
                body(f),
                url,
                f.required("besluitresultaat"),
                f.text("besluittoelichting"),
                f.text("toezegging"),
                null,
                null,
                null);
        return ctx.store(decision, url, f.node());
    }

    private Upserted informatieobject(Fields f, String url) {
        UUID body = body(f);
        String title = f.text("titel") != null ? f.text("titel") : f.text("omschrijving");
        if (title == null) {
            throw new ObjectFailure("verplicht veld 'titel' ontbreekt (en er is geen omschrijving)");
        }
        PaperType type = f.coded("informatieobjecttype", PaperType.class);
        String link = f.text("link");
        StoredContent content = link == null ? null : storeLinked(link, url);
        Paper paper = new Paper(
                null,
                body,
                url,
                title,
                null,
                f.date("creatiedatum"),
                type == null ? PaperType.OTHER : type,
                f.oneOf("motietype", StandardValues.MOTION_TYPES),
                f.oneOf("vraagtype", StandardValues.QUESTION_TYPES),
                f.text("vertrouwelijkheidsaanduiding"),
                false,
                f.text("auteur"),
                f.text("omschrijving"),
                f.text("inhoud"),
                f.text("toelichting"),
                f.date("datumIngediend"),
                f.text("portefeuillehouder"),
                f.text("taal"),
                f.text("versie"),
                f.longValue("bronorganisatie"),
                null,
                null,
                null);
        Upserted saved = ctx.council.save(paper, ctx.hash(f.node(), content == null ? "" : content.sha256()));
        if (saved.outcome() == nl.statenwerk.core.UpsertOutcome.UNCHANGED) {
            ctx.remember(Paper.class, url, saved.id());
            return saved;
        }
        List<PaperFile> paperFiles = new ArrayList<>();
        if (content != null) {
            String fileName = fileName(link);
            StoredFile file = new StoredFile(
                    null,
                    body,
                    url + "#link",
                    title,
                    fileName,
                    content.mimeType(),
                    declaredMimeType(fileName),
                    content.size(),
                    content.sha256(),
                    content.pageCount(),
                    null,
                    TextStatus.PENDING,
                    null,
                    SourceFiles.isUrl(link) ? link : null,
                    f.date("creatiedatum"),
                    null,
                    null,
                    null);
            UUID fileId = ctx.files.save(file, content.sha256()).id();
            ctx.storedFileIds.add(fileId);
            paperFiles.add(new PaperFile(saved.id(), fileId, PaperFile.Role.MAIN, 0));
        }
        ctx.council.links().replacePaperFiles(saved.id(), paperFiles);
        consultations(f, url, body, saved.id());
        if (f.has("gerelateerdInformatieobject")) {
            papersWithRelations.add(f.node());
        }
        return ctx.recorded(Paper.class, url, f.node(), saved);
    }

    /** Stores the file a {@code link} names, before the paper's transaction writes anything that points to it. */
    private StoredContent storeLinked(String link, String url) {
        Path path;
        boolean downloaded = false;
        if (SourceFiles.isUrl(link)) {
            path = ctx.sourceFiles.download(link, ctx.tempDir);
            downloaded = true;
        } else if (bundleDir != null) {
            path = SourceFiles.inBundle(bundleDir, link);
        } else {
            throw new ObjectFailure("link '" + link + "' is geen url en deze bron is geen bundel");
        }
        String fileName = fileName(link);
        try (InputStream in = Files.newInputStream(path)) {
            StoredContent content = ctx.files.store(in, declaredMimeType(fileName), fileName);
            for (String warning : content.warnings()) {
                ctx.report.warning("informatieobjecten", url, warning);
            }
            return content;
        } catch (FileRejectedException e) {
            throw new ObjectFailure("bestand '" + link + "' geweigerd: " + e.dutchMessage());
        } catch (IOException e) {
            throw new ObjectFailure("bestand '" + link + "' onleesbaar: " + e.getMessage());
        } finally {
            if (downloaded) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover temp file is removed with the run's temp folder
                }
            }
        }
    }

    private static String fileName(String link) {
        String path = SourceFiles.isUrl(link) ? URI.create(link).getPath() : link;
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "document" : name;
    }

    private static @Nullable String declaredMimeType(String fileName) {
        return URLConnection.guessContentTypeFromName(fileName.toLowerCase(Locale.ROOT));
    }

    /** The route of a paper: one consultation per agenda item it is on, and per meeting it is on without one. */
    private void consultations(Fields f, String url, UUID body, UUID paperId) {
        List<UUID> meetingsCovered = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (String agendapunt : f.refs("agendapunten")) {
            UUID itemId = ctx.resolve(AgendaItem.class, agendapunt, "agendapunten");
            AgendaItem item = ctx.council.find(AgendaItem.class, itemId).orElseThrow();
            meetingsCovered.add(item.meetingId());
            String sourceId = url + "#agendapunt=" + agendapunt;
            wanted.add(sourceId);
            ctx.council.save(
                    new Consultation(
                            null,
                            body,
                            sourceId,
                            paperId,
                            itemId,
                            item.meetingId(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null),
                    ctx.hash(f.node(), sourceId));
        }
        for (String vergadering : f.refs("vergaderingen")) {
            UUID meetingId = ctx.resolve(Meeting.class, vergadering, "vergaderingen");
            if (meetingsCovered.contains(meetingId)) {
                continue;
            }
            String sourceId = url + "#vergadering=" + vergadering;
            wanted.add(sourceId);
            ctx.council.save(
                    new Consultation(
                            null, body, sourceId, paperId, null, meetingId, null, null, null, null, null, null),
                    ctx.hash(f.node(), sourceId));
        }
        for (Consultation existing : ctx.council.related(Consultation.class, "paper_id", paperId, false)) {
            if (!wanted.contains(existing.sourceId())) {
                ctx.council.delete(Consultation.class, existing.id());
            }
        }
    }

    /** Related papers may come later in the file than the paper that names them, so they are linked afterwards. */
    private void relations() {
        for (JsonNode node : papersWithRelations) {
            String url = node.get("url").asString();
            try {
                ctx.inTransaction(() -> {
                    JsonNode related = node.get("gerelateerdInformatieobject");
                    List<JsonNode> items = new ArrayList<>();
                    if (related.isArray()) {
                        related.forEach(items::add);
                    } else {
                        items.add(related);
                    }
                    UUID paperId = ctx.resolve(Paper.class, url, "url");
                    List<PaperRelation> relations = new ArrayList<>();
                    for (JsonNode item : items) {
                        Fields r = new Fields(item);
                        String target =
                                required(r.ref("informatieobject"), "gerelateerdInformatieobject.informatieobject");
                        relations.add(new PaperRelation(
                                paperId,
                                ctx.resolve(Paper.class, target, "gerelateerdInformatieobject"),
                                r.text("rol")));
                    }
                    ctx.council.links().replacePaperRelations(paperId, relations);
                });
            } catch (ObjectFailure e) {
                ctx.report.warning(
                        "informatieobjecten", url, "gerelateerd informatieobject niet gekoppeld: " + e.getMessage());
            }
        }
    }

    private Upserted indiener(Fields f, String url) {
        UUID paper =
                ctx.resolve(Paper.class, required(f.ref("informatieobject"), "informatieobject"), "informatieobject");
        String person = f.ref("natuurlijkPersoon");
        String unit = f.ref("organisatorischeEenheid");
        if (person == null && unit == null && f.text("naam") == null) {
            throw new ObjectFailure("indiener zonder natuurlijkPersoon, organisatorischeEenheid of naam");
        }
        PaperSubmitter submitter = new PaperSubmitter(
                null,
                body(f),
                url,
                paper,
                person == null ? null : ctx.resolve(Person.class, person, "natuurlijkPersoon"),
                unit == null ? null : ctx.resolve(Organization.class, unit, "organisatorischeEenheid"),
                f.text("naam"),
                null,
                null,
                null);
        return ctx.store(submitter, url, f.node());
    }

    private Upserted aanwezigeDeelnemer(Fields f, String url) {
        Attendance attendance = new Attendance(
                null,
                body(f),
                url,
                ctx.resolve(Meeting.class, required(f.ref("vergadering"), "vergadering"), "vergadering"),
                ctx.resolve(
                        Person.class, required(f.ref("natuurlijkPersoon"), "natuurlijkPersoon"), "natuurlijkPersoon"),
                f.oneOf("rolnaam", StandardValues.ATTENDANCE_ROLES),
                f.text("organisatie"),
                f.text("deelnemerspositie"),
                f.dateTime("aanvangAanwezigheid"),
                f.dateTime("eindeAanwezigheid"),
                null,
                null,
                null);
        return ctx.store(attendance, url, f.node());
    }

    private Upserted stemming(Fields f, String url) {
        UUID itemId = ctx.resolve(AgendaItem.class, required(f.ref("agendapunt"), "agendapunt"), "agendapunt");
        String paper = f.ref("informatieobject");
        String decision = f.ref("besluit");
        var item = ctx.council.find(AgendaItem.class, itemId).orElseThrow();
        var meetingDate = ctx.council
                .find(Meeting.class, item.meetingId())
                .map(Meeting::meetingDate)
                .orElse(null);
        Vote vote = new Vote(
                null,
                body(f),
                url,
                itemId,
                paper == null ? null : ctx.resolve(Paper.class, paper, "informatieobject"),
                decision == null ? null : ctx.resolve(Decision.class, decision, "besluit"),
                f.coded("stemmingstype", VoteType.class),
                f.coded("resultaatMondelingeStemming", VoteResult.class),
                f.text("resultaatStemmingOverPersonen"),
                f.integer("aantalVoor"),
                f.integer("aantalTegen"),
                f.integer("aantalOnthouden"),
                f.integer("aantalAfwezig"),
                meetingDate,
                null,
                null,
                null);
        return ctx.store(vote, url, f.node());
    }

    private Upserted stem(Fields f, String url) {
        UUID vote = ctx.resolve(Vote.class, required(f.ref("stemming"), "stemming"), "stemming");
        UUID attendanceId = ctx.resolve(
                Attendance.class, required(f.ref("aanwezigeDeelnemer"), "aanwezigeDeelnemer"), "aanwezigeDeelnemer");
        Attendance attendance = ctx.council.find(Attendance.class, attendanceId).orElseThrow();
        VoteChoice choice = f.coded("keuzeStemming", VoteChoice.class);
        if (choice == null) {
            throw new ObjectFailure("verplicht veld 'keuzeStemming' ontbreekt");
        }
        VoteCast cast =
                new VoteCast(null, body(f), url, vote, attendance.personId(), attendanceId, choice, null, null, null);
        return ctx.store(cast, url, f.node());
    }

    private Upserted stemresultaatPerFractie(Fields f, String url) {
        VoteFractionResult result = new VoteFractionResult(
                null,
                body(f),
                url,
                ctx.resolve(Vote.class, required(f.ref("stemming"), "stemming"), "stemming"),
                ctx.resolve(Organization.class, required(f.ref("fractie"), "fractie"), "fractie"),
                f.coded("fractiestemresultaat", FractionVoteResult.class),
                f.integer("aantalVoor"),
                f.integer("aantalTegen"),
                f.integer("aantalOnthouden"),
                f.integer("aantalAfwezig"),
                null,
                null,
                null);
        return ctx.store(result, url, f.node());
    }

    private static String required(@Nullable String value, String field) {
        if (value == null) {
            throw new ObjectFailure("verplichte verwijzing '" + field + "' ontbreekt");
        }
        return value;
    }
}
