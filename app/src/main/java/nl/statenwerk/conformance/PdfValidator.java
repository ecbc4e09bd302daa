package nl.statenwerk.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.processor.reports.enums.JobEndStatus;

/**
 * veraPDF behind one method: a PDF file in, one {@link Check} per {@link Standard} out. Never throws for a bad file:
 * a damaged, encrypted, too large or too slow file gives {@link Outcome#NOT_CHECKABLE} with the reason.
 *
 * <p>Bounded: files over {@code maxBytes} are not opened, and a validation that runs longer than {@code timeout} is
 * cancelled through veraPDF's own cancellation (it stops between checks). Thread-safe: every check gets its own parser
 * and validator.
 */
final class PdfValidator implements AutoCloseable {

    /** The outcome of one standard, before it is tied to a content hash. */
    record Check(
            Standard standard,
            String profile,
            Outcome outcome,
            int failedChecks,
            List<FailedRule> failedRules,
            @Nullable CheckError error,
            @Nullable String errorDetail) {

        static Check notCheckable(Standard standard, String profile, CheckError error, String detail) {
            return new Check(standard, profile, Outcome.NOT_CHECKABLE, 0, List.of(), error, detail);
        }
    }

    static final String UA_PROFILE = "PDF/UA-1";
    static final PDFAFlavour DEFAULT_ARCHIVAL = PDFAFlavour.PDFA_2_B;

    static {
        // registers the Greenfield parser as the default foundry, once per JVM
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final Duration timeout;
    private final long maxBytes;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "conformance-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    PdfValidator(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The veraPDF version, stored with every result so that a newer veraPDF's verdicts can be told apart. */
    static String version() {
        return org.verapdf.ReleaseDetails.getDetails().stream()
                .filter(d -> "validation-model".equals(d.getId()))
                .map(org.verapdf.ReleaseDetails::getVersion)
                .findFirst()
                .orElse("unknown");
    }

    /** Checks a file for PDF/UA-1 and for PDF/A, in that order. */
    List<Check> check(Path file) {
        return List.of(accessibility(file), archival(file));
    }

    Check accessibility(Path file) {
        return check(file, Standard.ACCESSIBILITY, PDFAFlavour.PDFUA_1);
    }

    /** PDF/A as the file claims (any part and level veraPDF knows), else PDF/A-2b. */
    Check archival(Path file) {
        return check(file, Standard.ARCHIVAL, null);
    }

    private Check check(Path file, Standard standard, @Nullable PDFAFlavour flavour) {
        String profile = flavour == null ? profileName(DEFAULT_ARCHIVAL) : profileName(flavour);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return Check.notCheckable(standard, profile, CheckError.TOO_LARGE, size + " bytes, limit " + maxBytes);
            }
        } catch (IOException e) {
            return Check.notCheckable(standard, profile, CheckError.FAILED, message(e));
        }
        PDFAParser parser = null;
        try {
            parser = flavour != null
                    ? Foundries.defaultInstance().createParser(file.toFile(), flavour)
                    : archivalParser(file);
            PDFAFlavour used = parser.getFlavour();
            profile = profileName(used);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(used, false);
            ScheduledFuture<?> cancel = watchdog.schedule(
                    () -> validator.cancelValidation(JobEndStatus.TIMEOUT), timeout.toMillis(), TimeUnit.MILLISECONDS);
            ValidationResult result;
            try {
                result = validator.validate(parser);
            } finally {
                cancel.cancel(false);
            }
            if (result.getJobEndStatus() != JobEndStatus.NORMAL) {
                return Check.notCheckable(
                        standard,
                        profile,
                        CheckError.TIMEOUT,
                        "stopped after " + timeout + ": " + result.getJobEndStatus());
            }
            List<FailedRule> rules = failedRules(validator, result.getFailedChecks());
            int failed = rules.stream().mapToInt(FailedRule::count).sum();
            return new Check(
                    standard,
                    profile,
                    result.isCompliant() ? Outcome.PASSED : Outcome.FAILED,
                    failed,
                    rules,
                    null,
                    null);
        } catch (EncryptedPdfException e) {
            return Check.notCheckable(standard, profile, CheckError.ENCRYPTED, message(e));
        } catch (ModelParsingException | ValidationException e) {
            return Check.notCheckable(standard, profile, CheckError.DAMAGED, message(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // veraPDF on a badly broken file can throw anything; one file must never stop the rest
            return Check.notCheckable(standard, profile, CheckError.FAILED, message(e));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (Exception ignored) {
                    // closing a parser of a broken file can fail as well; nothing is left to do
                }
            }
        }
    }

    private static PDFAParser archivalParser(Path file) throws ModelParsingException, EncryptedPdfException {
        PDFAParser parser =
                Foundries.defaultInstance().createParser(file.toFile(), PDFAFlavour.NO_FLAVOUR, DEFAULT_ARCHIVAL);
        PDFAFlavour claimed = parser.getFlavour();
        if (claimed != null && claimed.getPart().getFamily() == PDFAFlavour.SpecificationFamily.PDF_A) {
            return parser;
        }
        // the file claims no PDF/A (perhaps PDF/UA only): check against the default
        try {
            parser.close();
        } catch (Exception ignored) {
            // nothing was validated with it
        }
        return Foundries.defaultInstance().createParser(file.toFile(), DEFAULT_ARCHIVAL);
    }

    private static List<FailedRule> failedRules(PDFAValidator validator, Map<RuleId, Integer> failed) {
        List<FailedRule> rules = new ArrayList<>();
        failed.forEach((id, count) -> {
            Rule rule = validator.getProfile().getRuleByRuleId(id);
            String description = rule == null ? id.getClause() + "-" + id.getTestNumber() : rule.getDescription();
            rules.add(new FailedRule(
                    id.getSpecification().getId(),
                    id.getClause(),
                    id.getTestNumber(),
                    description,
                    count,
                    RuleTopics.topic(id.getSpecification(), id.getClause(), id.getTestNumber())));
        });
        rules.sort(Comparator.comparingInt(FailedRule::count).reversed().thenComparing(FailedRule::id));
        return rules;
    }

    /** {@code PDF/UA-1}, {@code PDF/A-2b}: how people write the profiles. */
    static String profileName(PDFAFlavour flavour) {
        return switch (flavour.getPart().getFamily()) {
            case PDF_UA -> "PDF/UA-" + flavour.getPart().getPartNumber();
            case PDF_A -> "PDF/A-" + flavour.getId();
            default -> flavour.getId();
        };
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
