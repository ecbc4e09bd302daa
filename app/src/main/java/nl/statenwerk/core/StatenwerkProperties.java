package nl.statenwerk.core;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of one installation.
 *
 * @param home the directory that holds all state of the embedded default (database, files, index)
 * @param demo whether to load the demo bundles on first start
 * @param baseUrl the public base URL, used for the ids and links of the standard APIs (no trailing slash)
 * @param publicUrl the https address the public reaches the installation at, for the links that leave it (the
 *     Woo-index sitemaps); {@code baseUrl} when not set
 */
@ConfigurationProperties("statenwerk")
public record StatenwerkProperties(Path home, boolean demo, String baseUrl, String publicUrl) {

    public StatenwerkProperties {
        home = home == null ? Path.of("data") : home;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? baseUrl
                : publicUrl.strip().replaceAll("/+$", "");
    }
}
