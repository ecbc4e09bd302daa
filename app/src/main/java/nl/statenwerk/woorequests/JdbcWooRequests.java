package nl.statenwerk.woorequests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.notifications.NewNotification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.woorequests.WooRequest.Decision;
import nl.statenwerk.woorequests.WooTerms.Extension;
import nl.statenwerk.woorequests.WooTerms.Suspension;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Woo requests in the database. Until publication every gathered file (and the decision) hangs off one non-public
 * working paper of the request: a file that belongs to no paper counts as public (see {@link
 * Council#isFilePublic}), so a gathered file must belong to a non-public one. Publication moves what is public to a
 * new public paper and leaves the rest on the working paper.
 */
final class JdbcWooRequests implements WooRequests {

    /** Woo requests are the province's task under the Woo; the requester's data serve only to handle the request. */
    static final ProcessingActivity WOO_REQUESTS = new ProcessingActivity(
            "urn:statenwerk:verwerkingsactiviteit:woo-verzoeken",
            "Woo art. 4.1 tot en met 4.4 en 5.1 (behandeling van Woo-verzoeken); AVG art. 6 lid 1 sub c en e");

    /** Not openbaar: any value other than openbaar keeps a paper and its files off every public surface. */
    private static final String WORKING_CONFIDENTIALITY = "intern";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Council council;
    private final FileCatalog files;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Accounts accounts;
    private final WooGrounds grounds;
    private final String baseUrl;
    private final Clock clock;

    JdbcWooRequests(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Council council,
            FileCatalog files,
            AuditLog audit,
            Notifications notifications,
            Accounts accounts,
            WooGrounds grounds,
            String baseUrl,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.council = council;
        this.files = files;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.grounds = grounds;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public WooRequest register(NewWooRequest request, Actor actor) {
        return inTransaction(() -> {
            UUID id = UUID.randomUUID();
            int year = request.receivedDate().getYear();
            long count = jdbc.sql("select count(*) from woo_request where reference like :prefix")
                    .param("prefix", "WOO-" + year + "-%")
                    .query(Long.class)
                    .single();
            String reference = "WOO-%d-%04d".formatted(year, count + 1);
            OffsetDateTime now = now();
            jdbc.sql("""
                            insert into woo_request (id, body_id, reference, subject, channel, received_date,
                                requester_name, requester_contact, created_at, modified_at)
                            values (:id, :body, :reference, :subject, :channel, :received, :name, :contact, :now, :now)""")
                    .param("id", id)
                    .param("body", request.bodyId())
                    .param("reference", reference)
                    .param("subject", request.subject())
                    .param("channel", request.channel().name())
                    .param("received", request.receivedDate())
                    .param("name", request.requesterName())
                    .param("contact", request.requesterContact())
                    .param("now", now)
                    .update();
            audit(actor, "woo-verzoek-geregistreerd", id, reference + ", ontvangen " + request.receivedDate());
            return require(id);
        });
    }

    @Override
    public Optional<WooRequest> find(UUID id) {
        return jdbc.sql("select * from woo_request where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(this::complete);
    }

    @Override
    public List<WooRequest> open() {
        return jdbc.sql("select * from woo_request where published_paper_id is null").query(this::row).list().stream()
                .map(this::complete)
                .sorted(Comparator.comparing(WooRequest::deadline).thenComparing(WooRequest::reference))
                .toList();
    }

    @Override
    public WooRequest extend(UUID id, Extension extension, Actor actor) {
        return inTransaction(() -> {
            WooRequest request = require(id);
            undecided(request);
            if (request.extension() != null) {
                throw new WooActionRefused(
                        "woo.refused.secondExtension", "The term of " + request.reference() + " was extended once");
            }
            if (extension.decidedOn().isAfter(request.firstDeadline())) {
                throw new WooActionRefused(
                        "woo.refused.extensionTooLate",
                        "The first term of " + request.reference() + " ended on " + request.firstDeadline());
            }
            if (extension.decidedOn().isBefore(request.receivedDate())) {
                throw new IllegalArgumentException("an extension before the request was received");
            }
            jdbc.sql("""
                            update woo_request set extension_decided_on = :on, extension_days = :days,
                                extension_reason = :reason, modified_at = :now where id = :id""")
                    .param("on", extension.decidedOn())
                    .param("days", extension.days())
                    .param("reason", extension.reason())
                    .param("now", now())
                    .param("id", id)
                    .update();
            WooRequest extended = require(id);
            audit(
                    actor,
                    "woo-verzoek-verdaagd",
                    id,
                    extension.days() + " dagen, nieuwe termijn " + extended.deadline());
            return extended;
        });
    }

    @Override
    public WooRequest askZienswijze(UUID id, LocalDate askedOn, LocalDate termEnd, Actor actor) {
        return inTransaction(() -> {
            WooRequest request = require(id);
            undecided(request);
            if (request.suspensions().stream().anyMatch(s -> s.receivedOn() == null)) {
                throw new WooActionRefused(
                        "woo.refused.suspensionOpen", "A zienswijze is still awaited for " + request.reference());
            }
            Suspension suspension = new Suspension(askedOn, termEnd, null);
            jdbc.sql("""
                            insert into woo_suspension (id, request_id, asked_on, term_end)
                            values (:id, :request, :asked, :termEnd)""")
                    .param("id", UUID.randomUUID())
                    .param("request", id)
                    .param("asked", suspension.askedOn())
                    .param("termEnd", suspension.termEnd())
                    .update();
            touch(id);
            audit(actor, "woo-zienswijze-gevraagd", id, "gevraagd " + askedOn + ", termijn tot " + termEnd);
            return require(id);
        });
    }

    @Override
    public WooRequest zienswijzeReceived(UUID id, LocalDate receivedOn, Actor actor) {
        return inTransaction(() -> {
            WooRequest request = require(id);
            Suspension open = request.suspensions().stream()
                    .filter(s -> s.receivedOn() == null)
                    .findFirst()
                    .orElseThrow(() -> new WooActionRefused(
                            "woo.refused.noSuspension", "No zienswijze is awaited for " + request.reference()));
            new Suspension(open.askedOn(), open.termEnd(), receivedOn); // validates the date
            jdbc.sql("""
                            update woo_suspension set received_on = :received
                            where request_id = :request and received_on is null""").param("received", receivedOn).param("request", id).update();
            touch(id);
            WooRequest resumed = require(id);
            audit(actor, "woo-zienswijze-ontvangen", id, "ontvangen " + receivedOn + ", termijn " + resumed.deadline());
            return resumed;
        });
    }

    @Override
    public WooDocument addDocument(
            UUID id,
            String title,
            @Nullable LocalDate documentDate,
            @Nullable UUID fileId,
            @Nullable UUID paperId,
            Actor actor) {
        if ((fileId == null) == (paperId == null)) {
            throw new IllegalArgumentException("a document is either a stored file or a paper");
        }
        if (title.isBlank() || title.length() > 2000) {
            throw new IllegalArgumentException("title must be 1 to 2000 characters");
        }
        return inTransaction(() -> {
            WooRequest request = require(id);
            unpublished(request);
            if (fileId != null && files.find(fileId).isEmpty()) {
                throw new IllegalArgumentException("no stored file " + fileId);
            }
            if (paperId != null && council.find(Paper.class, paperId).isEmpty()) {
                throw new IllegalArgumentException("no paper " + paperId);
            }
            int number = jdbc.sql("select coalesce(max(number), 0) + 1 from woo_document where request_id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
            UUID documentId = UUID.randomUUID();
            jdbc.sql("""
                            insert into woo_document (id, request_id, number, title, document_date, file_id, paper_id)
                            values (:id, :request, :number, :title, :date, :file, :paper)""")
                    .param("id", documentId)
                    .param("request", id)
                    .param("number", number)
                    .param("title", title)
                    .param("date", documentDate)
                    .param("file", fileId)
                    .param("paper", paperId)
                    .update();
            keepWorkingFiles(request);
            touch(id);
            audit(actor, "woo-document-toegevoegd", id, "document " + number);
            return document(id, number);
        });
    }

    @Override
    public WooDocument assess(
            UUID id,
            int number,
            Assessment assessment,
            List<String> groundCodes,
            @Nullable UUID publicFileId,
            Actor actor) {
        List<String> codes = groundCodes.stream()
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        for (String code : codes) {
            if (!grounds.isKnown(code)) {
                throw new WooActionRefused("woo.refused.unknownGround", "Not a Woo ground: " + code);
            }
        }
        if (assessment != Assessment.PUBLIC && codes.isEmpty()) {
            throw new WooActionRefused(
                    "woo.refused.groundsRequired", "Withholding (part of) document " + number + " needs a ground");
        }
        if (assessment == Assessment.PUBLIC && !codes.isEmpty()) {
            throw new IllegalArgumentException("a public document has no grounds");
        }
        return inTransaction(() -> {
            WooRequest request = require(id);
            unpublished(request);
            WooDocument document = document(id, number);
            if (publicFileId != null && files.find(publicFileId).isEmpty()) {
                throw new IllegalArgumentException("no stored file " + publicFileId);
            }
            jdbc.sql("""
                            update woo_document set assessment = :assessment, grounds = :grounds,
                                public_file_id = :publicFile where id = :id""")
                    .param("assessment", assessment.name())
                    .param("grounds", codes.isEmpty() ? null : String.join(",", codes))
                    .param("publicFile", assessment == Assessment.NOT_PUBLIC ? null : publicFileId)
                    .param("id", document.id())
                    .update();
            keepWorkingFiles(request);
            touch(id);
            audit(
                    actor,
                    "woo-document-beoordeeld",
                    id,
                    "document " + number + ": " + assessment + (codes.isEmpty() ? "" : " " + codes));
            return document(id, number);
        });
    }

    @Override
    public List<WooDocument> documents(UUID id) {
        return jdbc.sql("select * from woo_document where request_id = :id order by number")
                .param("id", id)
                .query(JdbcWooRequests::documentRow)
                .list();
    }

    @Override
    public WooRequest decide(UUID id, LocalDate date, DecisionOutcome outcome, UUID decisionFileId, Actor actor) {
        return inTransaction(() -> {
            WooRequest request = require(id);
            unpublished(request);
            if (files.find(decisionFileId).isEmpty()) {
                throw new IllegalArgumentException("no stored file " + decisionFileId);
            }
            if (date.isBefore(request.receivedDate())) {
                throw new IllegalArgumentException("a decision before the request was received");
            }
            jdbc.sql("""
                            update woo_request set decision_date = :date, decision_outcome = :outcome,
                                decision_file_id = :file, modified_at = :now where id = :id""")
                    .param("date", date)
                    .param("outcome", outcome.name())
                    .param("file", decisionFileId)
                    .param("now", now())
                    .param("id", id)
                    .update();
            WooRequest decided = require(id);
            keepWorkingFiles(decided);
            audit(
                    actor,
                    "woo-verzoek-besloten",
                    id,
                    outcome + " op " + date
                            + (date.isAfter(request.deadline())
                                    ? " (na de termijn van " + request.deadline() + ")"
                                    : ""));
            return decided;
        });
    }

    @Override
    public UUID publish(UUID id, Actor actor) {
        WooRequest request = require(id);
        unpublished(request);
        Decision decision = request.decision();
        if (decision == null) {
            throw new WooActionRefused("woo.refused.notDecided", request.reference() + " has no decision yet");
        }
        List<WooDocument> documents = documents(id);
        List<UUID> published = new ArrayList<>();
        for (WooDocument document : documents) {
            if (document.assessment() == null) {
                throw new WooActionRefused(
                        "woo.refused.notAssessed", "Document " + document.number() + " is not assessed");
            }
            UUID file = publishedFile(document);
            if (file != null) {
                published.add(file);
            }
        }
        // stored before the transaction, as the importer does: an orphaned blob in the store is harmless
        StoredContent inventory = storeInventory(request, documents);
        return inTransaction(() -> {
            UUID inventoryFile = files.save(
                            StoredFile.of(
                                    request.bodyId(),
                                    null,
                                    "Inventarislijst " + request.reference(),
                                    "inventarislijst-" + request.reference() + ".csv",
                                    "text/csv",
                                    inventory),
                            null)
                    .id();
            UUID paperId = council.save(
                            Paper.written(
                                    request.bodyId(),
                                    "Besluit op Woo-verzoek " + request.reference() + ": " + request.subject(),
                                    request.reference(),
                                    decision.date(),
                                    PaperType.OTHER,
                                    "openbaar",
                                    "Besluit op een verzoek op grond van de Wet open overheid, met de inventarislijst"
                                            + " en de documenten die openbaar worden gemaakt."),
                            null)
                    .id();
            List<PaperFile> links = new ArrayList<>();
            links.add(new PaperFile(paperId, decision.fileId(), PaperFile.Role.MAIN, 0));
            links.add(new PaperFile(paperId, inventoryFile, PaperFile.Role.AUXILIARY, 1));
            for (UUID file : published) {
                links.add(new PaperFile(paperId, file, PaperFile.Role.AUXILIARY, links.size()));
            }
            jdbc.sql("update woo_request set published_paper_id = :paper, published_at = :now, modified_at = :now"
                            + " where id = :id")
                    .param("paper", paperId)
                    .param("now", now())
                    .param("id", id)
                    .update();
            // first off the working paper, then onto the public one: a file on both would count as not public
            keepWorkingFiles(require(id));
            council.links().replacePaperFiles(paperId, links);
            audit(
                    actor,
                    "woo-verzoek-gepubliceerd",
                    id,
                    "stuk " + paperId + ", " + published.size() + " van " + documents.size() + " documenten openbaar");
            return paperId;
        });
    }

    @Override
    public int remindOfDeadlines(int days) {
        LocalDate today = LocalDate.now(clock);
        List<UserAccount> griffie = accounts.withRole(Role.GRIFFIE);
        int reminded = 0;
        for (WooRequest request : open()) {
            if (request.decision() != null
                    || request.deadline().isAfter(today.plusDays(days))
                    || request.deadline().equals(remindedFor(request.id()))) {
                continue;
            }
            inTransaction(() -> {
                for (UserAccount account : griffie) {
                    notifications.add(new NewNotification(
                            account.id(),
                            NotificationKind.WOO_DEADLINE,
                            request.reference(),
                            request.reference() + ": besluit uiterlijk " + request.deadline(),
                            baseUrl + "/beheer/woo-verzoeken/" + request.id(),
                            request.id().toString()));
                }
                jdbc.sql("update woo_request set reminded_for = :deadline where id = :id")
                        .param("deadline", request.deadline())
                        .param("id", request.id())
                        .update();
                audit(
                        Actor.SYSTEM,
                        "woo-termijn-gemeld",
                        request.id(),
                        "termijn " + request.deadline() + ", " + griffie.size() + " ontvangers");
                return null;
            });
            reminded++;
        }
        return reminded;
    }

    private @Nullable LocalDate remindedFor(UUID id) {
        return jdbc.sql("select reminded_for from woo_request where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list()
                .getFirst();
    }

    /** The file to publish of a document: its redacted version, or itself when wholly public; none when withheld. */
    private @Nullable UUID publishedFile(WooDocument document) {
        Assessment assessment = document.assessment();
        if (assessment == null || assessment == Assessment.NOT_PUBLIC) {
            return null;
        }
        if (document.publicFileId() != null) {
            return document.publicFileId();
        }
        if (assessment == Assessment.PARTLY_PUBLIC) {
            throw new WooActionRefused(
                    "woo.refused.redactedVersionMissing",
                    "Document " + document.number() + " is partly public but has no redacted version");
        }
        if (document.fileId() != null) {
            return document.fileId();
        }
        // a paper of the council: already public, or it needs a public version uploaded
        UUID paperId = document.paperId();
        if (paperId != null && council.findPublic(Paper.class, paperId).isEmpty()) {
            throw new WooActionRefused(
                    "woo.refused.redactedVersionMissing",
                    "Document " + document.number() + " is a non-public paper; upload the version to publish");
        }
        return null;
    }

    /**
     * Puts every file of the request that is not (yet) published on the request's non-public working paper, creating
     * it when needed.
     */
    private void keepWorkingFiles(WooRequest request) {
        Set<UUID> working = new LinkedHashSet<>();
        Set<UUID> published = new LinkedHashSet<>();
        boolean isPublished = request.publishedPaperId() != null;
        for (WooDocument document : documents(request.id())) {
            UUID publishedFile = isPublished ? publishedFile(document) : null;
            if (publishedFile != null) {
                published.add(publishedFile);
            }
            if (document.fileId() != null) {
                working.add(document.fileId());
            }
            if (document.publicFileId() != null) {
                working.add(document.publicFileId());
            }
        }
        if (request.decision() != null) {
            working.add(request.decision().fileId());
            if (isPublished) {
                published.add(request.decision().fileId());
            }
        }
        working.removeAll(published);
        UUID paperId = workingPaper(request);
        List<PaperFile> links = new ArrayList<>();
        for (UUID file : working) {
            links.add(new PaperFile(paperId, file, PaperFile.Role.AUXILIARY, links.size()));
        }
        council.links().replacePaperFiles(paperId, links);
    }

    private UUID workingPaper(WooRequest request) {
        UUID existing = jdbc.sql("select work_paper_id from woo_request where id = :id")
                .param("id", request.id())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list()
                .getFirst();
        if (existing != null) {
            return existing;
        }
        UUID paperId = council.save(
                        Paper.written(
                                request.bodyId(),
                                "Woo-verzoek " + request.reference() + ": verzamelde documenten",
                                request.reference(),
                                request.receivedDate(),
                                PaperType.OTHER,
                                WORKING_CONFIDENTIALITY,
                                null),
                        null)
                .id();
        jdbc.sql("update woo_request set work_paper_id = :paper where id = :id")
                .param("paper", paperId)
                .param("id", request.id())
                .update();
        return paperId;
    }

    private StoredContent storeInventory(WooRequest request, List<WooDocument> documents) {
        StringBuilder csv = new StringBuilder("nummer;titel;datum;beoordeling;weigeringsgronden\r\n");
        Set<String> used = new LinkedHashSet<>();
        for (WooDocument d : documents) {
            used.addAll(d.grounds());
            csv.append(d.number())
                    .append(';')
                    .append(cell(d.title()))
                    .append(';')
                    .append(d.documentDate() == null ? "" : d.documentDate().toString())
                    .append(';')
                    .append(label(d.assessment()))
                    .append(';')
                    .append(cell(String.join(", ", d.grounds())))
                    .append("\r\n");
        }
        csv.append("\r\n");
        for (String code : used) {
            csv.append(cell(code))
                    .append(';')
                    .append(cell(grounds.describe(code)))
                    .append("\r\n");
        }
        try {
            return files.store(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                    "text/csv",
                    "inventarislijst-" + request.reference() + ".csv");
        } catch (FileRejectedException e) {
            throw new IllegalStateException("The inventory of " + request.reference() + " was rejected", e);
        }
    }

    private static String label(@Nullable Assessment assessment) {
        return switch (assessment) {
            case PUBLIC -> "openbaar";
            case PARTLY_PUBLIC -> "deels openbaar";
            case NOT_PUBLIC -> "niet openbaar";
            case null -> "";
        };
    }

    private static String cell(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private WooDocument document(UUID requestId, int number) {
        return jdbc.sql("select * from woo_document where request_id = :id and number = :number")
                .param("id", requestId)
                .param("number", number)
                .query(JdbcWooRequests::documentRow)
                .optional()
                .orElseThrow(() -> new java.util.NoSuchElementException("no document " + number));
    }

    private static WooDocument documentRow(ResultSet rs, int n) throws SQLException {
        String assessment = rs.getString("assessment");
        String groundList = rs.getString("grounds");
        return new WooDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getObject("document_date", LocalDate.class),
                rs.getObject("file_id", UUID.class),
                rs.getObject("paper_id", UUID.class),
                assessment == null ? null : Assessment.valueOf(assessment),
                groundList == null ? List.of() : Arrays.asList(groundList.split(",")),
                rs.getObject("public_file_id", UUID.class));
    }

    private static void undecided(WooRequest request) {
        if (request.decision() != null) {
            throw new WooActionRefused("woo.refused.decided", request.reference() + " is decided");
        }
    }

    private static void unpublished(WooRequest request) {
        if (request.publishedPaperId() != null) {
            throw new WooActionRefused("woo.refused.published", request.reference() + " is published");
        }
    }

    private WooRequest require(UUID id) {
        return find(id).orElseThrow(() -> new java.util.NoSuchElementException("no Woo request " + id));
    }

    private void touch(UUID id) {
        jdbc.sql("update woo_request set modified_at = :now where id = :id")
                .param("now", now())
                .param("id", id)
                .update();
    }

    /** The request row; suspensions, documents and the derived fields are added by {@link #complete}. */
    private Row row(ResultSet rs, int n) throws SQLException {
        Integer extensionDays = rs.getObject("extension_days", Integer.class);
        Extension extension = extensionDays == null
                ? null
                : new Extension(
                        rs.getObject("extension_decided_on", LocalDate.class),
                        extensionDays,
                        rs.getString("extension_reason"));
        String outcome = rs.getString("decision_outcome");
        Decision decision = outcome == null
                ? null
                : new Decision(
                        rs.getObject("decision_date", LocalDate.class),
                        DecisionOutcome.valueOf(outcome),
                        rs.getObject("decision_file_id", UUID.class));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("reference"),
                rs.getString("subject"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("received_date", LocalDate.class),
                rs.getString("requester_name"),
                rs.getString("requester_contact"),
                extension,
                decision,
                rs.getObject("published_paper_id", UUID.class),
                rs.getObject("published_at", OffsetDateTime.class));
    }

    private WooRequest complete(Row row) {
        List<Suspension> suspensions = jdbc.sql(
                        "select asked_on, term_end, received_on from woo_suspension where request_id = :id order by asked_on")
                .param("id", row.id())
                .query((rs, n) -> new Suspension(
                        rs.getObject("asked_on", LocalDate.class),
                        rs.getObject("term_end", LocalDate.class),
                        rs.getObject("received_on", LocalDate.class)))
                .list();
        LocalDate today = LocalDate.now(clock);
        boolean gathered = jdbc.sql("select count(*) from woo_document where request_id = :id")
                        .param("id", row.id())
                        .query(Long.class)
                        .single()
                > 0;
        WooStatus status;
        if (row.publishedPaperId() != null) {
            status = WooStatus.PUBLISHED;
        } else if (row.decision() != null) {
            status = WooStatus.DECIDED;
        } else if (suspensions.stream().anyMatch(s -> s.suspends(today))) {
            status = WooStatus.SUSPENDED;
        } else if (row.extension() != null) {
            status = WooStatus.EXTENDED;
        } else if (gathered || !suspensions.isEmpty()) {
            status = WooStatus.IN_PROGRESS;
        } else {
            status = WooStatus.RECEIVED;
        }
        return new WooRequest(
                row.id(),
                row.bodyId(),
                row.reference(),
                row.subject(),
                row.channel(),
                row.receivedDate(),
                row.requesterName(),
                row.requesterContact(),
                row.extension(),
                suspensions,
                row.decision(),
                row.publishedPaperId(),
                row.publishedAt(),
                status,
                WooTerms.deadline(row.receivedDate(), suspensions, row.extension()),
                WooTerms.firstDeadline(row.receivedDate(), suspensions));
    }

    private void audit(Actor actor, String name, UUID requestId, String outcome) {
        Instant start = Instant.now();
        // the subject is the request, never the requester: the requester's name stays out of the log
        audit.record(AuditContext.within(WOO_REQUESTS, actor)
                .event(name, start, AuditEvent.Status.OK, Subject.object("woo-verzoek", requestId), outcome));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record Row(
            UUID id,
            UUID bodyId,
            String reference,
            String subject,
            Channel channel,
            LocalDate receivedDate,
            String requesterName,
            @Nullable String requesterContact,
            @Nullable Extension extension,
            @Nullable Decision decision,
            @Nullable UUID publishedPaperId,
            @Nullable OffsetDateTime publishedAt) {}
}
