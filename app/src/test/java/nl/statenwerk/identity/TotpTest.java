package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B, HMAC-SHA1: the last six of its eight digits. */
    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037"})
    void codesAreThoseOfRfc6238(long seconds, String code) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds))))
                .isEqualTo(code);
    }

    /** A code made one step ago is still good now, and no longer one step later. */
    @ParameterizedTest
    @CsvSource({"-30, true", "0, true", "30, false", "60, false"})
    void aCodeIsGoodFromOneStepBeforeToOneAfter(long offsetSeconds, boolean good) {
        Instant at = Instant.ofEpochSecond(1_111_111_110L);
        long step = Totp.step(at);
        String code = Totp.code(RFC_SECRET, step - 1);
        long found = Totp.matchingStep(RFC_SECRET, code, at.plusSeconds(offsetSeconds));
        assertThat(found).isEqualTo(good ? step - 1 : -1);
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32IsThatOfRfc4648WithoutPadding(String plain, String encoded) {
        assertThat(Totp.base32(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    }

    @ParameterizedTest
    @CsvSource({"12345", "1234567", "abcdef", "'12 34 5x'"})
    void malformedCodesMatchNothing(String code) {
        assertThat(Totp.matchingStep(RFC_SECRET, code, Instant.ofEpochSecond(59)))
                .isEqualTo(-1);
    }
}
