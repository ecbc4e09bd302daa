package nl.statenwerk.api;

import org.springframework.http.HttpStatus;

/** A request the standard APIs answer with a problem+json body instead of data. */
final class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    private ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    /** Also for objects that exist but are not public: the answer must not reveal that they exist. */
    static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Dit object bestaat niet of is niet openbaar.");
    }

    /** A geheim file that is not a PDF: it cannot be watermarked, so it is not handed out at all. */
    static ApiProblem askTheGriffie() {
        return new ApiProblem(
                HttpStatus.FORBIDDEN,
                "Dit geheime bestand is geen PDF en kan daarom niet worden gedownload; vraag de griffie om inzage.");
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
    }

    HttpStatus status() {
        return status;
    }
}
