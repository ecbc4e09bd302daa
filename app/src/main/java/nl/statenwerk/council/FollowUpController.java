package nl.statenwerk.council;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.statenwerk.core.AdminToken;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The griffie's afdoening of motions and commitments, and commitments it notes itself, guarded as the other
 * {@code /api/beheer} endpoints are ({@link AdminToken}). Field names are Dutch, as in the standard APIs.
 *
 * <ul>
 *   <li>{@code PUT /api/beheer/moties/{id}/afdoening} and {@code PUT /api/beheer/toezeggingen/{id}/afdoening}:
 *       {@code {"status": "open|in_behandeling|afgedaan", "datum": "2025-04-01", "termijn": "2025-06-30",
 *       "toelichting": "...", "afgedaanMet": "<id of a paper>", "uitkomst": "ingetrokken"}}; all but status optional,
 *       {@code uitkomst} only for motions, to record what the source does not (ingetrokken, aangehouden).
 *   <li>{@code POST /api/beheer/toezeggingen}: {@code {"staten": "<body id>", "tekst": "...", "toegezegdDoor": "...",
 *       "portefeuille": "...", "vergadering": "<meeting id>", "agendapunt": "<agenda item id>", "datum": "...",
 *       "termijn": "..."}}.
 * </ul>
 */
@RestController
@RequestMapping("/api/beheer")
class FollowUpController {

    private final FollowUps followUps;
    private final Council council;
    private final AdminToken admin;

    FollowUpController(FollowUps followUps, Council council, AdminToken admin) {
        this.followUps = followUps;
        this.council = council;
        this.admin = admin;
    }

    /** The afdoening as the API writes and reads it. */
    record Afdoening(
            @Nullable String status,
            @Nullable LocalDate datum,
            @Nullable LocalDate termijn,
            @Nullable String toelichting,
            @Nullable UUID afgedaanMet,
            @Nullable String uitkomst) {}

    record NieuweToezegging(
            @Nullable UUID staten,
            @Nullable String tekst,
            @Nullable String toegezegdDoor,
            @Nullable String portefeuille,
            @Nullable UUID vergadering,
            @Nullable UUID agendapunt,
            @Nullable LocalDate datum,
            @Nullable LocalDate termijn) {}

    @PutMapping({"/moties/{id}/afdoening", "/toezeggingen/{id}/afdoening"})
    ResponseEntity<Object> record(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @PathVariable UUID id,
            @RequestBody Afdoening afdoening) {
        admin.check(authorization);
        FollowUp followUp;
        try {
            followUp = followUp(afdoening);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (followUp.settledBy() != null
                && council.find(Paper.class, followUp.settledBy()).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "'afgedaanMet' is geen bekend stuk.");
        }
        try {
            if (!followUps.record(id, followUp)) {
                return problem(HttpStatus.NOT_FOUND, "Geen motie of toezegging met dit id.");
            }
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return ResponseEntity.ok(afdoening(followUp));
    }

    @GetMapping({"/moties/{id}/afdoening", "/toezeggingen/{id}/afdoening"})
    ResponseEntity<Object> read(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @PathVariable UUID id) {
        admin.check(authorization);
        return followUps
                .followUp(id)
                .<ResponseEntity<Object>>map(f -> ResponseEntity.ok(afdoening(f)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Voor dit id is geen afdoening vastgelegd."));
    }

    @PostMapping("/toezeggingen")
    ResponseEntity<Object> register(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @RequestBody NieuweToezegging body) {
        admin.check(authorization);
        if (body.staten() == null || council.find(Body.class, body.staten()).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "'staten' moet een bekend bestuursorgaan zijn.");
        }
        if (body.tekst() == null || body.tekst().isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "'tekst' is verplicht.");
        }
        UUID meeting = body.vergadering();
        if (body.agendapunt() != null) {
            var item = council.find(AgendaItem.class, body.agendapunt());
            if (item.isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, "'agendapunt' is geen bekend agendapunt.");
            }
            meeting = item.get().meetingId();
        }
        if (meeting != null && council.find(Meeting.class, meeting).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "'vergadering' is geen bekende vergadering.");
        }
        UUID id = followUps.register(
                new Commitment(
                        null,
                        body.staten(),
                        null,
                        body.tekst().strip(),
                        body.toegezegdDoor(),
                        body.portefeuille(),
                        null,
                        null,
                        meeting,
                        body.agendapunt(),
                        body.datum(),
                        null,
                        null,
                        null),
                new FollowUp(FollowUpStatus.OPEN, body.datum(), body.termijn(), null, null, null));
        return ResponseEntity.created(URI.create("/api/beheer/toezeggingen/" + id + "/afdoening"))
                .body(Map.of("id", id));
    }

    private static FollowUp followUp(Afdoening a) {
        FollowUpStatus status = FollowUpStatus.ofCode(a.status());
        if (status == null) {
            throw new IllegalArgumentException(
                    "'status' is verplicht: open, in_behandeling of afgedaan, niet '" + a.status() + "'.");
        }
        MotionOutcome outcome = MotionOutcome.ofCode(a.uitkomst());
        if (a.uitkomst() != null && outcome == null) {
            throw new IllegalArgumentException("'uitkomst' is aangenomen, verworpen, staken, ingetrokken, aangehouden"
                    + " of niet_behandeld, niet '" + a.uitkomst() + "'.");
        }
        return new FollowUp(status, a.datum(), a.termijn(), a.toelichting(), a.afgedaanMet(), outcome);
    }

    private static Afdoening afdoening(FollowUp f) {
        return new Afdoening(
                f.status().code(),
                f.statusDate(),
                f.dueDate(),
                f.note(),
                f.settledBy(),
                f.outcome() == null ? null : f.outcome().code());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, @Nullable String detail) {
        return ResponseEntity.status(status)
                .body(ProblemDetail.forStatusAndDetail(status, Objects.requireNonNullElse(detail, "")));
    }
}
