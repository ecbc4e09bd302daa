package nl.statenwerk.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The Woo grounds a box may carry, from {@code standards/woo-weigeringsgronden/weigeringsgronden.json}. */
@Component
public class WooGrounds {

    private final List<WooGround> all;

    public WooGrounds() {
        try (InputStream in =
                WooGrounds.class.getResourceAsStream("/standards/woo-weigeringsgronden/weigeringsgronden.json")) {
            if (in == null) {
                throw new IllegalStateException("weigeringsgronden.json is missing from the application");
            }
            List<WooGround> grounds = new ArrayList<>();
            for (JsonNode g : new ObjectMapper().readTree(in).path("gronden")) {
                grounds.add(new WooGround(
                        g.path("code").asText(),
                        g.path("artikel").asText(),
                        g.path("type").asText(),
                        g.path("omschrijving").asText()));
            }
            all = List.copyOf(grounds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<WooGround> all() {
        return all;
    }

    public Optional<WooGround> find(String code) {
        return all.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
