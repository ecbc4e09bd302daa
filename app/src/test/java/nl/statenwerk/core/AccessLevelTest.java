package nl.statenwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLevelTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, PUBLIC",
                "'  ', PUBLIC",
                "openbaar, PUBLIC",
                "' Openbaar ', PUBLIC",
                "beperkt_openbaar, CLOSED",
                "intern, CLOSED",
                "zaakvertrouwelijk, CLOSED",
                "vertrouwelijk, CLOSED",
                "besloten, CLOSED",
                "confidentieel, SECRET",
                "geheim, SECRET",
                "zeer_geheim, SECRET",
                "zeer geheim, SECRET",
                "fractie-intern, FRACTION_INTERNAL",
                "fractievertrouwelijk, FRACTION_INTERNAL",
                "topsecret, SECRET",
                "openbaar?, SECRET"
            })
    void mapsTheSourcesVertrouwelijkheidsaanduidingFailingClosed(String value, AccessLevel level) {
        assertThat(AccessLevel.of(value)).isEqualTo(level);
        assertThat(Confidentiality.isPublic(value)).isEqualTo(level == AccessLevel.PUBLIC);
    }
}
