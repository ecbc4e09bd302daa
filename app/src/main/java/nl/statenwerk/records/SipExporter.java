package nl.statenwerk.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.validation.Schema;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.Confidentiality;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.Slice;
import nl.statenwerk.council.Vote;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Writes a SIP shaped as ORI-A's example: {@code vergaderingen/<meeting>/} with the meeting's sidecar, its ORI-A file
 * (with a sidecar of its own) and its files, and {@code stukken/<paper>/} with the paper's sidecar and its files, each
 * file beside its {@code .bestand.mdto.xml}.
 */
@Service
@EnableConfigurationProperties(RecordsProperties.class)
class SipExporter implements ArchiveExport {

    private static final int PAGE = 1000;

    private final Council council;
    private final FileCatalog files;
    private final SelectionList selectionList;
    private final AuditLog audit;
    private final RecordsProperties properties;

    SipExporter(
            Council council,
            FileCatalog files,
            SelectionList selectionList,
            AuditLog audit,
            RecordsProperties properties) {
        this.council = council;
        this.files = files;
        this.selectionList = selectionList;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public ExportSummary export(Path target, ExportSelection selection) throws IOException {
        Instant start = Instant.now();
        Path dir = target.toAbsolutePath().normalize();
        refuseNonEmpty(dir);
        List<Body> bodies = bodies(selection.body());
        Files.createDirectories(dir.getParent());
        Path work = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".deel-");
        AuditContext context = AuditContext.within(ProcessingActivity.ADMINISTRATION, Actor.SYSTEM);
        try {
            Run run = new Run(work);
            for (Body body : bodies) {
                run.body(body, selection);
            }
            // the handing over of non-public information is on record before the SIP exists
            for (Paper paper : run.nonPublic) {
                audit.recordNow(context.event(
                        "archief-export-niet-openbaar",
                        start,
                        AuditEvent.Status.OK,
                        new Subject("Paper", String.valueOf(paper.id()), null, null, paper.confidentiality()),
                        "opgenomen in " + dir));
            }
            moveIntoPlace(work, dir);
            ExportSummary summary = new ExportSummary(
                    dir, run.meetings, run.papers.size(), run.nonPublic.size(), run.fileCount, run.bytes, run.notes);
            audit.recordNow(context.summary(
                    "archief-export",
                    start,
                    AuditEvent.Status.OK,
                    Subject.object("ArchiveExport", dir),
                    summary.meetings() + " vergaderingen, " + summary.papers() + " stukken ("
                            + summary.nonPublicPapers() + " niet openbaar), " + summary.files() + " bestanden"));
            return summary;
        } catch (IOException | RuntimeException e) {
            deleteTree(work);
            throw e;
        }
    }

    private static void refuseNonEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new ArchiveExportException(dir + " bestaat en is geen map");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new ArchiveExportException(dir + " is niet leeg: kies een nieuwe of lege map");
                }
            }
        }
    }

    private static void moveIntoPlace(Path work, Path dir) throws IOException {
        try {
            // rename(2) replaces an empty directory and refuses a non-empty one, so a SIP never mixes with other files
            Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException e) {
            throw new ArchiveExportException(dir + " is niet leeg: kies een nieuwe of lege map", e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new ArchiveExportException("kan " + dir + " niet in één keer neerzetten", e);
        }
    }

    private List<Body> bodies(@Nullable String wanted) {
        List<Body> all = all(Body.class, null);
        if (wanted == null) {
            return all;
        }
        List<Body> matching = all.stream()
                .filter(b -> Stream.of(String.valueOf(b.id()), b.code(), b.shortName(), b.name(), b.sourceId())
                        .anyMatch(wanted::equalsIgnoreCase))
                .toList();
        if (matching.isEmpty()) {
            throw new ArchiveExportException("geen bestuursorgaan '" + wanted + "'");
        }
        return matching;
    }

    /** Every object of a type (of a body), public or not, without the deleted ones. */
    private <T extends Record> List<T> all(Class<T> type, @Nullable UUID bodyId) {
        List<T> result = new ArrayList<>();
        Cursor after = null;
        do {
            Slice<T> slice = council.list(type, new ListQuery(bodyId, null, after, PAGE, false, false));
            result.addAll(slice.items());
            after = slice.next();
        } while (after != null);
        return result;
    }

    /** One export under way in its working directory. */
    private final class Run {

        final Path root;
        final Map<UUID, Paper> papers = new LinkedHashMap<>();
        final List<Paper> nonPublic = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Set<String> folders = new HashSet<>();
        final LocalDateTime checksumTime = LocalDateTime.now();
        int meetings;
        int fileCount;
        long bytes;

        Run(Path root) {
            this.root = root;
        }

        void body(Body body, ExportSelection selection) throws IOException {
            Archiefvormer creator = new Archiefvormer(
                    properties.archiefvormer() != null ? properties.archiefvormer() : body.name(),
                    properties.archiefvormerTooi());
            Map<UUID, Paper> selected = new LinkedHashMap<>();
            for (Paper paper : all(Paper.class, body.id())) {
                if (selection.covers(paperDate(paper))) {
                    selected.put(paper.id(), paper);
                }
            }
            for (Meeting meeting : all(Meeting.class, body.id())) {
                if (selection.covers(meetingDate(meeting))) {
                    // the papers treated at a meeting go with it, whatever their own date
                    meeting(meeting, creator, selected);
                }
            }
            for (Paper paper : selected.values()) {
                paper(paper, creator);
            }
        }

        void meeting(Meeting meeting, Archiefvormer creator, Map<UUID, Paper> selected) throws IOException {
            String name = meetingName(meeting);
            String slug = folder("vergaderingen", name, meeting.id());
            Path folder = Files.createDirectories(root.resolve("vergaderingen").resolve(slug));
            MdtoWriter.Reference self = new MdtoWriter.Reference(name, String.valueOf(meeting.id()));
            List<MdtoWriter.Reference> representations = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (MeetingFile mf : council.links().meetingFiles(meeting.id())) {
                storedFile(mf.fileId()).ifPresent(file -> representations.add(copy(file, folder, names, self)));
            }
            List<AgendaItem> items = council.related(AgendaItem.class, "meeting_id", meeting.id(), false);
            List<MdtoWriter.Reference> additional = new ArrayList<>();
            if (OriaWriter.describable(meeting, items)) {
                List<UUID> itemIds = items.stream().map(AgendaItem::id).toList();
                Map<UUID, List<Paper>> papersByItem = new LinkedHashMap<>();
                for (Consultation c : council.related(Consultation.class, "agenda_item_id", itemIds, false)) {
                    paperOf(c.paperId()).ifPresent(p -> {
                        papersByItem
                                .computeIfAbsent(c.agendaItemId(), k -> new ArrayList<>())
                                .add(p);
                        selected.putIfAbsent(p.id(), p);
                    });
                }
                List<Vote> votes = council.related(Vote.class, "agenda_item_id", itemIds, false);
                Map<UUID, Paper> votedPapers = new LinkedHashMap<>();
                Map<UUID, Decision> decisions = new LinkedHashMap<>();
                for (Vote vote : votes) {
                    if (vote.paperId() != null) {
                        paperOf(vote.paperId()).ifPresent(p -> votedPapers.put(p.id(), p));
                    }
                    if (vote.decisionId() != null) {
                        council.find(Decision.class, vote.decisionId())
                                .filter(d -> d.deletedAt() == null)
                                .ifPresent(d -> decisions.put(d.id(), d));
                    }
                }
                byte[] oria = OriaWriter.write(
                        new OriaWriter.MeetingRecord(meeting, name, items, papersByItem, votes, votedPapers, decisions),
                        creator);
                String oriaName = slug + ".ori-a.xml";
                write(folder.resolve(oriaName), oria, Schemas.ORI_A);
                byte[] sidecar = MdtoWriter.file(new MdtoWriter.FileObject(
                        "ori-a-" + meeting.id(),
                        oriaName,
                        oria.length,
                        new Pronom.Format("Extensible Markup Language", "fmt/101", Pronom.PRONOM),
                        sha256(oria),
                        checksumTime,
                        self));
                write(folder.resolve(oriaName + ".bestand.mdto.xml"), sidecar, Schemas.MDTO);
                additional.add(new MdtoWriter.Reference(oriaName, null));
            } else {
                notes.add("Vergadering '" + name + "' (" + meeting.id()
                        + ") heeft geen datum of geen agendapunten: ORI-A kan haar niet beschrijven, alleen MDTO");
            }
            byte[] mdto = MdtoWriter.informationObject(new MdtoWriter.InformationObject(
                    String.valueOf(meeting.id()),
                    meeting.sourceId(),
                    name,
                    "Dossier",
                    meeting.description(),
                    null,
                    "Vergaderdatum",
                    meetingDate(meeting),
                    selectionList.categoryOf(RecordKind.MEETING, null),
                    properties.selectielijst(),
                    creator,
                    null,
                    representations,
                    additional));
            write(folder.resolve(slug + ".mdto.xml"), mdto, Schemas.MDTO);
            meetings++;
        }

        void paper(Paper paper, Archiefvormer creator) throws IOException {
            String slug = folder(
                    "stukken",
                    paper.reference() != null ? paper.reference() + " " + paper.name() : paper.name(),
                    paper.id());
            Path folder = Files.createDirectories(root.resolve("stukken").resolve(slug));
            MdtoWriter.Reference self = new MdtoWriter.Reference(paper.name(), String.valueOf(paper.id()));
            List<MdtoWriter.Reference> representations = new ArrayList<>();
            Set<String> names = new HashSet<>();
            List<PaperFile> paperFiles = council.links().paperFiles(paper.id()).stream()
                    .sorted(Comparator.comparing(PaperFile::role).thenComparingInt(PaperFile::position))
                    .toList();
            for (PaperFile pf : paperFiles) {
                storedFile(pf.fileId()).ifPresent(file -> representations.add(copy(file, folder, names, self)));
            }
            boolean isPublic = Confidentiality.isPublic(paper.confidentiality());
            byte[] mdto = MdtoWriter.informationObject(new MdtoWriter.InformationObject(
                    String.valueOf(paper.id()),
                    paper.sourceId(),
                    paper.name(),
                    "Archiefstuk",
                    paper.description(),
                    paper.language(),
                    "Datum stuk",
                    paperDate(paper),
                    selectionList.categoryOf(RecordKind.PAPER, paper.paperType()),
                    properties.selectielijst(),
                    creator,
                    isPublic ? null : paper.confidentiality(),
                    representations,
                    List.of()));
            write(folder.resolve(slug + ".mdto.xml"), mdto, Schemas.MDTO);
            papers.put(paper.id(), paper);
            if (!isPublic) {
                nonPublic.add(paper);
            }
        }

        /** Copies a file's content into the folder, checking it against its hash, and writes its sidecar. */
        MdtoWriter.Reference copy(StoredFile file, Path folder, Set<String> taken, MdtoWriter.Reference owner) {
            String sha256 = file.sha256();
            if (sha256 == null) {
                throw new ArchiveExportException("bestand " + file.id() + " heeft geen inhoud");
            }
            String name = unique(fileName(file), taken);
            Path target = folder.resolve(name);
            try {
                MessageDigest digest = digest();
                long size;
                try (InputStream in = files.open(sha256);
                        OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
                    size = in.transferTo(out);
                }
                String actual = HexFormat.of().formatHex(digest.digest());
                if (!actual.equals(sha256)) {
                    // the store's content changed since it was stored: a transfer must not carry it unnoticed
                    throw new ArchiveExportException("bestand " + file.id() + " (" + name + ") is beschadigd: SHA-256 "
                            + actual + " in plaats van " + sha256);
                }
                byte[] sidecar = MdtoWriter.file(new MdtoWriter.FileObject(
                        String.valueOf(file.id()),
                        name,
                        size,
                        Pronom.of(target, file.mimeType()),
                        actual,
                        checksumTime,
                        owner));
                write(folder.resolve(name + ".bestand.mdto.xml"), sidecar, Schemas.MDTO);
                fileCount++;
                bytes += size;
                return new MdtoWriter.Reference(name, String.valueOf(file.id()));
            } catch (IOException e) {
                throw new UncheckedIOException("kan bestand " + file.id() + " niet kopiëren", e);
            }
        }

        String folder(String parent, String name, @Nullable UUID id) {
            String slug = slug(name, 60) + "_" + String.valueOf(id).substring(0, 8);
            if (!folders.add(parent + "/" + slug)) {
                slug = slug(name, 60) + "_" + id;
                folders.add(parent + "/" + slug);
            }
            return slug;
        }

        java.util.Optional<Paper> paperOf(UUID id) {
            return council.find(Paper.class, id).filter(p -> p.deletedAt() == null);
        }

        java.util.Optional<StoredFile> storedFile(UUID id) {
            return files.find(id).filter(f -> f.deletedAt() == null);
        }
    }

    private static void write(Path file, byte[] xml, Schema schema) throws IOException {
        Schemas.validate(schema, xml, file.getFileName().toString());
        Files.write(file, xml);
    }

    static @Nullable LocalDate paperDate(Paper paper) {
        if (paper.paperDate() != null) {
            return paper.paperDate();
        }
        if (paper.submittedDate() != null) {
            return paper.submittedDate();
        }
        OffsetDateTime created = paper.createdAt();
        return created == null ? null : created.toLocalDate();
    }

    static @Nullable LocalDate meetingDate(Meeting meeting) {
        if (meeting.meetingDate() != null) {
            return meeting.meetingDate();
        }
        OffsetDateTime start = meeting.startAt() != null ? meeting.startAt() : meeting.plannedStartAt();
        return start == null ? null : start.toLocalDate();
    }

    private static String meetingName(Meeting meeting) {
        if (meeting.name() != null && !meeting.name().isBlank()) {
            return meeting.name();
        }
        String type = meeting.meetingType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        LocalDate date = meetingDate(meeting);
        return Character.toUpperCase(type.charAt(0)) + type.substring(1) + (date == null ? "" : " " + date);
    }

    private static String fileName(StoredFile file) {
        String name = file.fileName() != null ? file.fileName() : file.name() != null ? file.name() : "bestand";
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "") : "";
        return slug(base, 80) + (extension.isEmpty() ? "" : "." + extension.toLowerCase(Locale.ROOT));
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = n + "_" + name;
        }
        return candidate;
    }

    /** A name safe on every file system an e-Depot might use: ASCII letters, digits, {@code _-.}, not too long. */
    static String slug(String name, int max) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("_+", "_").replaceAll("^[._-]+|[._-]+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("[._-]+$", "");
        }
        return slug.isEmpty() ? "naamloos" : slug;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kan de onvolledige export " + dir + " niet opruimen", e);
        }
    }
}
