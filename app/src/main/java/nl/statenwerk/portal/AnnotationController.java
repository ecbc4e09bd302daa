package nl.statenwerk.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.annotations.Annotation;
import nl.statenwerk.annotations.Annotations;
import nl.statenwerk.annotations.NewAnnotation;
import nl.statenwerk.annotations.Quote;
import nl.statenwerk.annotations.Sharing;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The document viewer's annotations as JSON, for viewer.js: {@code GET /annotaties?bestand=} lists what the reader
 * sees, {@code POST} adds one, {@code DELETE /annotaties/{id}} removes one's own; changes need the CSRF token (header
 * {@code X-CSRF-TOKEN}). Each annotation is written W3C Web Annotation style: a {@code TextualBody} with the note and a
 * target with the content hash as source, a {@code TextQuoteSelector} and, while found, a {@code TextPositionSelector}
 * on the page's extracted text. A file the reader may not annotate is a 404, as an unknown one.
 */
@RestController
class AnnotationController {

    private final Annotations annotations;
    private final Viewers viewers;

    AnnotationController(Annotations annotations, Viewers viewers) {
        this.annotations = annotations;
        this.viewers = viewers;
    }

    /** What viewer.js posts: the selection on a page with its context. */
    record Posted(
            int page,
            String exact,
            @Nullable String prefix,
            @Nullable String suffix,
            @Nullable String note,
            @Nullable String sharing) {}

    @GetMapping("/annotaties")
    ResponseEntity<Map<String, Object>> list(@RequestParam("bestand") String file) {
        UUID fileId = PortalViews.parseId(file);
        try {
            List<Map<String, Object>> items = annotations.list(viewers.current(), fileId).stream()
                    .map(AnnotationController::json)
                    .toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("bestand", fileId.toString());
            body.put("items", items);
            return ResponseEntity.ok()
                    .header("Cache-Control", PortalCaching.NEVER)
                    .body(body);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
    }

    @PostMapping("/annotaties")
    ResponseEntity<Map<String, Object>> add(@RequestParam("bestand") String file, @RequestBody Posted posted) {
        UUID fileId = PortalViews.parseId(file);
        try {
            Annotation added = annotations.add(
                    viewers.current(),
                    new NewAnnotation(
                            fileId,
                            posted.page(),
                            new Quote(
                                    posted.exact(),
                                    posted.prefix() == null ? "" : posted.prefix(),
                                    posted.suffix() == null ? "" : posted.suffix()),
                            posted.note() == null ? "" : posted.note(),
                            "FRACTIE".equals(posted.sharing()) ? Sharing.FRACTIE : Sharing.PERSONAL));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .header("Cache-Control", PortalCaching.NEVER)
                    .body(json(added));
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("fout", String.valueOf(e.getMessage())));
        }
    }

    @DeleteMapping("/annotaties/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!annotations.delete(viewers.current(), PortalViews.parseId(id))) {
            throw new NotFound();
        }
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> json(Annotation a) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.quote().exact());
        quote.put("prefix", a.quote().prefix());
        quote.put("suffix", a.quote().suffix());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", "urn:sha256:" + a.contentHash());
        if (a.position() == null) {
            target.put("selector", List.of(quote));
        } else {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("type", "TextPositionSelector");
            position.put("start", a.position().start());
            position.put("end", a.position().end());
            target.put("selector", List.of(quote, position));
            target.put("page", a.position().page());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "http://www.w3.org/ns/anno.jsonld");
        json.put("id", a.id().toString());
        json.put("type", "Annotation");
        json.put("motivation", a.note().isEmpty() ? "highlighting" : "commenting");
        json.put("creator", a.authorName());
        json.put("created", a.createdAt().toString());
        json.put("body", Map.of("type", "TextualBody", "value", a.note(), "format", "text/plain"));
        json.put("target", target);
        json.put("sharing", a.sharing().name());
        if (a.fractieName() != null) {
            json.put("fractie", a.fractieName());
        }
        json.put("mine", a.mine());
        json.put("found", a.found());
        return json;
    }
}
