package nl.statenwerk.workspaces;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the workspaces.
 *
 * @param maxUploadSize a larger upload is refused with a message that names this limit
 */
@ConfigurationProperties("statenwerk.workspaces")
public record WorkspacesProperties(@DefaultValue("100MB") DataSize maxUploadSize) {}
