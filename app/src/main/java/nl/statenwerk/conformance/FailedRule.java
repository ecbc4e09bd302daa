package nl.statenwerk.conformance;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the profile that the file breaks.
 *
 * @param specification the standard the rule is from, as veraPDF names it ({@code ISO 14289-1:2014})
 * @param clause the clause of the standard ({@code 7.1})
 * @param testNumber veraPDF's number of the test within the clause
 * @param description the rule's own (English, technical) text
 * @param count how many times the file breaks it
 * @param topic the known problem the rule belongs to ({@code untagged}, {@code language}, ...), for a plain-language
 *     explanation; {@code null} for a rule without one, which is then shown by its description
 */
public record FailedRule(
        String specification,
        String clause,
        int testNumber,
        String description,
        int count,
        @Nullable String topic) {

    /** The rule's id as veraPDF writes it: clause and test number, {@code 7.1-3}. */
    public String id() {
        return clause + "-" + testNumber;
    }
}
