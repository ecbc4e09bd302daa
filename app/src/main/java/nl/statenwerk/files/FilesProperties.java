package nl.statenwerk.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the file store.
 *
 * @param maxSize larger content is rejected
 * @param extractionRetries how often a failed text extraction is retried before the file is marked failed
 * @param extractionRetryDelay the wait before the first retry; it doubles with each next one
 */
@ConfigurationProperties("statenwerk.files")
record FilesProperties(
        @DefaultValue("512MB") DataSize maxSize,
        @DefaultValue("3") int extractionRetries,
        @DefaultValue("30s") Duration extractionRetryDelay) {}
