package nl.statenwerk.redaction;

/**
 * A ground for not making information public (weigeringsgrond) of the Wet open overheid.
 *
 * @param code e.g. {@code 5.1.2e}, printed in a redacted area
 * @param article e.g. {@code 5.1 lid 2 sub e}
 * @param description what it protects, in Dutch
 */
public record WooGround(String code, String article, String type, String description) {}
