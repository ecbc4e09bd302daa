package nl.statenwerk.conformance;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one content (by hash) for one standard.
 *
 * @param profile the profile checked against: {@code PDF/UA-1}, {@code PDF/A-2b}, ...
 * @param failedChecks how many checks failed in all (a rule can fail many times)
 * @param failedRules the rules that failed, the most often failed first
 * @param error why the file could not be checked, for {@link Outcome#NOT_CHECKABLE}; {@code null} otherwise
 * @param errorDetail the technical reason (the validator's message), for the griffie; {@code null} when checked
 * @param validatorVersion the veraPDF version that checked
 */
public record ConformanceResult(
        String sha256,
        Standard standard,
        String profile,
        Outcome outcome,
        int failedChecks,
        List<FailedRule> failedRules,
        @Nullable CheckError error,
        @Nullable String errorDetail,
        String validatorVersion,
        OffsetDateTime checkedAt) {

    public ConformanceResult {
        failedRules = List.copyOf(failedRules);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
