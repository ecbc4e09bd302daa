package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.portal.view.RedactionViews.EditPage;
import nl.statenwerk.portal.view.RedactionViews.FileChoice;
import nl.statenwerk.portal.view.RedactionViews.InventoryPage;
import nl.statenwerk.portal.view.RedactionViews.PaperChoice;
import nl.statenwerk.portal.view.RedactionViews.StartPage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.redaction.InventoryLine;
import nl.statenwerk.redaction.Redaction;
import nl.statenwerk.redaction.RedactionBox;
import nl.statenwerk.redaction.RedactionRefusedException;
import nl.statenwerk.redaction.Redactions;
import nl.statenwerk.redaction.WooGrounds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The griffie's redaction (lakken) screens. Boxes travel in the form itself, one per line, so the screens work
 * without JavaScript and keep no state on the server until the redaction is applied.
 */
@Controller
class RedactionController {

    static final String PATH = "/beheer/lakken";

    private final Redactions redactions;
    private final WooGrounds grounds;
    private final Council council;
    private final FileCatalog files;
    private final SignIn signIn;

    RedactionController(Redactions redactions, WooGrounds grounds, Council council, FileCatalog files, SignIn signIn) {
        this.redactions = redactions;
        this.grounds = grounds;
        this.council = council;
        this.files = files;
        this.signIn = signIn;
    }

    @GetMapping(PATH)
    String start(
            @RequestParam(name = "stuk", required = false) @Nullable String paper,
            @RequestParam(name = "gelakt", required = false) @Nullable String done,
            Model model) {
        UUID paperId = MySavedSearchesController.uuid(paper);
        PaperChoice chosen = paperId == null
                ? null
                : council.find(Paper.class, paperId)
                        .map(p -> new PaperChoice(p.id(), name(p)))
                        .orElse(null);
        List<FileChoice> pdfs = new ArrayList<>();
        if (chosen != null) {
            for (PaperFile link : council.links().paperFiles(chosen.id())) {
                files.find(link.fileId())
                        .filter(f -> "application/pdf".equals(f.mimeType()) && f.deletedAt() == null)
                        .ifPresent(f -> pdfs.add(new FileChoice(
                                link.fileId(), fileName(f), PATH + "/" + chosen.id() + "/" + link.fileId())));
            }
        }
        List<Redaction> log = redactions.log(paperId);
        UUID doneId = MySavedSearchesController.uuid(done);
        Redaction justDone =
                log.stream().filter(r -> r.id().equals(doneId)).findFirst().orElse(null);
        List<PaperChoice> papers = council.latestPublicPapers(null, 50).stream()
                .map(p -> new PaperChoice(p.id(), name(p)))
                .toList();
        model.addAttribute("page", new StartPage(papers, chosen, pdfs, log, justDone));
        return "portal/redaction";
    }

    @GetMapping(PATH + "/{paperId}/{fileId}")
    String edit(@PathVariable String paperId, @PathVariable String fileId, HttpServletRequest request, Model model) {
        return editor(request, model, ids(paperId, fileId), "", firstGround(), null, null, null);
    }

    @PostMapping(PATH + "/{paperId}/{fileId}")
    Object act(
            @PathVariable String paperId,
            @PathVariable String fileId,
            @RequestParam(defaultValue = "") String actie,
            @RequestParam(defaultValue = "") String vlakken,
            @RequestParam(defaultValue = "") String grond,
            @RequestParam(defaultValue = "") String notitie,
            @RequestParam(defaultValue = "") String zoekterm,
            @RequestParam(defaultValue = "") String pagina,
            @RequestParam(defaultValue = "") String x,
            @RequestParam(defaultValue = "") String y,
            @RequestParam(defaultValue = "") String breedte,
            @RequestParam(defaultValue = "") String hoogte,
            HttpServletRequest request,
            Model model) {
        UUID[] ids = ids(paperId, fileId);
        String ground = grounds.find(grond).isPresent() ? grond : firstGround();
        List<RedactionBox> boxes;
        try {
            boxes = parseBoxes(vlakken);
        } catch (IllegalArgumentException e) {
            return editor(request, model, ids, vlakken, ground, "redaction.error.boxes", e.getMessage(), null);
        }
        String note = notitie.strip().isEmpty() ? null : notitie.strip();
        try {
            switch (actie) {
                case "zoeken" -> {
                    if (zoekterm.isBlank()) {
                        return editor(request, model, ids, vlakken, ground, "redaction.error.term", null, null);
                    }
                    List<RedactionBox> found = redactions.find(ids[1], zoekterm, ground, note);
                    boxes.addAll(found);
                    return editor(request, model, ids, format(boxes), ground, null, null, found.size());
                }
                case "toevoegen" -> {
                    boxes.add(new RedactionBox(
                            Integer.parseInt(pagina.strip()),
                            number(x),
                            number(y),
                            number(breedte),
                            number(hoogte),
                            ground,
                            note));
                    return editor(request, model, ids, format(boxes), ground, null, null, null);
                }
                case "voorbeeld" -> {
                    if (boxes.isEmpty()) {
                        return editor(request, model, ids, vlakken, ground, "redaction.error.empty", null, null);
                    }
                    byte[] pdf = redactions.preview(ids[1], boxes);
                    return ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_PDF)
                            .cacheControl(CacheControl.noStore())
                            .header(
                                    "Content-Disposition",
                                    ContentDisposition.inline()
                                            .filename("voorbeeld-gelakt.pdf")
                                            .build()
                                            .toString())
                            .body(pdf);
                }
                case "lakken" -> {
                    if (boxes.isEmpty()) {
                        return editor(request, model, ids, vlakken, ground, "redaction.error.empty", null, null);
                    }
                    Redaction done = redactions.apply(ids[0], ids[1], boxes, actor());
                    return "redirect:" + PATH + "?stuk=" + ids[0] + "&gelakt=" + done.id();
                }
                default -> {
                    return editor(request, model, ids, format(boxes), ground, null, null, null);
                }
            }
        } catch (RedactionRefusedException e) {
            return editor(request, model, ids, vlakken, ground, "redaction.error.refused", e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            return editor(request, model, ids, vlakken, ground, "redaction.error.boxes", e.getMessage(), null);
        }
    }

    @GetMapping(PATH + "/inventaris")
    String inventory(Model model) {
        model.addAttribute("page", new InventoryPage(redactions.inventory(), grounds.all()));
        return "portal/redaction-inventory";
    }

    @GetMapping(value = PATH + "/inventaris.csv")
    @ResponseBody
    ResponseEntity<byte[]> inventoryCsv() {
        StringBuilder csv = new StringBuilder("stuk;titel;origineel;gelakte_versie;bestand;gelakt_op;gronden\r\n");
        for (InventoryLine line : redactions.inventory()) {
            csv.append(String.join(
                            ";",
                            line.paperId().toString(),
                            csvField(line.paperTitle()),
                            line.originalFileId().toString(),
                            line.redactedFileId().toString(),
                            csvField(line.fileName()),
                            line.redactedAt().toString(),
                            csvField(line.grounds().entrySet().stream()
                                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                    .collect(Collectors.joining(", ")))))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("lakinventaris.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private String editor(
            HttpServletRequest request,
            Model model,
            UUID[] ids,
            String boxes,
            String ground,
            @Nullable String error,
            @Nullable String detail,
            @Nullable Integer found) {
        Paper paper = council.find(Paper.class, ids[0]).orElseThrow(NotFound::new);
        if (council.links().paperFiles(ids[0]).stream()
                .noneMatch(f -> f.fileId().equals(ids[1]))) {
            throw new NotFound();
        }
        StoredFile file = files.find(ids[1]).orElseThrow(NotFound::new);
        int count;
        try {
            count = parseBoxes(boxes).size();
        } catch (IllegalArgumentException e) {
            count = 0;
        }
        model.addAttribute(
                "page",
                new EditPage(
                        csrf(request),
                        paper.id(),
                        name(paper),
                        ids[1],
                        fileName(file),
                        PATH + "/" + ids[0] + "/" + ids[1],
                        grounds.all(),
                        ground,
                        boxes,
                        count,
                        error,
                        detail,
                        found));
        return "portal/redaction-edit";
    }

    /** Lines {@code page;x;y;width;height;ground;note}; blank lines are skipped. */
    static List<RedactionBox> parseBoxes(String text) {
        List<RedactionBox> boxes = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 7);
            if (parts.length < 6) {
                throw new IllegalArgumentException("regel " + number + ": pagina;x;y;breedte;hoogte;grond[;notitie]");
            }
            try {
                boxes.add(new RedactionBox(
                        Integer.parseInt(parts[0].strip()),
                        number(parts[1]),
                        number(parts[2]),
                        number(parts[3]),
                        number(parts[4]),
                        parts[5].strip(),
                        parts.length > 6 ? parts[6] : null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("regel " + number + ": " + e.getMessage());
            }
        }
        return boxes;
    }

    static String format(List<RedactionBox> boxes) {
        StringBuilder text = new StringBuilder();
        for (RedactionBox b : boxes) {
            text.append(b.page())
                    .append(';')
                    .append(round(b.x()))
                    .append(';')
                    .append(round(b.y()))
                    .append(';')
                    .append(round(b.width()))
                    .append(';')
                    .append(round(b.height()))
                    .append(';')
                    .append(b.ground());
            if (b.note() != null) {
                text.append(';').append(b.note().replace('\n', ' ').replace('\r', ' '));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String round(float value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static float number(String text) {
        return Float.parseFloat(text.strip().replace(',', '.'));
    }

    private Actor actor() {
        return signIn.current().map(s -> Actor.account(s.account())).orElseThrow(NotFound::new);
    }

    private String firstGround() {
        return grounds.all().isEmpty() ? "" : grounds.all().getFirst().code();
    }

    private static UUID[] ids(String paperId, String fileId) {
        UUID paper = MySavedSearchesController.uuid(paperId);
        UUID file = MySavedSearchesController.uuid(fileId);
        if (paper == null || file == null) {
            throw new NotFound();
        }
        return new UUID[] {paper, file};
    }

    private static String name(Paper paper) {
        return paper.name() == null || paper.name().isBlank() ? paper.id().toString() : paper.name();
    }

    private static String fileName(StoredFile file) {
        return file.fileName() != null
                ? file.fileName()
                : file.name() != null ? file.name() : String.valueOf(file.id());
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
