package nl.statenwerk.ingest;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the importers.
 *
 * @param allowedPrivateHosts host names (or IP addresses, as written in the url) that the importers may fetch from
 *     although they resolve to an internal address, such as an OParl server on the intranet; empty, the default,
 *     refuses every internal address (see docs/security.md)
 */
@ConfigurationProperties("statenwerk.import")
record ImportProperties(@DefaultValue List<String> allowedPrivateHosts) {

    ImportProperties {
        allowedPrivateHosts = List.copyOf(allowedPrivateHosts);
    }
}
