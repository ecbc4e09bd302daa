package nl.statenwerk.dossiers;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dossiers/{token}}: the public read-only view of a dossier shared by link. A user's own dossiers,
 * saved searches and notifications get their endpoints with sign-on: none of them is reachable without it.
 */
@RestController
class DossierController {

    /** A public page of a dossier shows this many of the latest matches per saved search. */
    static final int MATCHES_PER_SEARCH = 10;

    private final Dossiers dossiers;

    DossierController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping(path = "/api/dossiers/{token}", produces = "application/json")
    ResponseEntity<?> shared(@PathVariable String token) {
        return dossiers.viewShared(token, MATCHES_PER_SEARCH)
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok()
                        // a link can be withdrawn: shared caches must not keep serving it
                        .cacheControl(CacheControl.noStore())
                        .header("Referrer-Policy", "no-referrer")
                        // the token is the key: a search engine that lists the address hands it to everyone
                        .header("X-Robots-Tag", "noindex")
                        .body(view))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.NOT_FOUND, "Dit dossier bestaat niet of wordt niet meer gedeeld.")));
    }
}
