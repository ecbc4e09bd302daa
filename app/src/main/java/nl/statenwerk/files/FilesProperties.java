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
 * @param fixity the re-verification of stored content
 * @param maxUnpackedSize a zip, Office or OpenDocument file that unpacks (nested archives included) to more is refused
 * @param maxArchiveEntries an archive with more entries (nested archives included) is refused
 */
@ConfigurationProperties("statenwerk.files")
record FilesProperties(
        @DefaultValue("512MB") DataSize maxSize,
        @DefaultValue("3") int extractionRetries,
        @DefaultValue("30s") Duration extractionRetryDelay,
        @DefaultValue FixitySettings fixity,
        @DefaultValue("1GB") DataSize maxUnpackedSize,
        @DefaultValue("10000") int maxArchiveEntries) {

    /**
     * Settings of the fixity job.
     *
     * @param enabled whether the {@code fixity-check} job checks anything
     * @param interval the pause between two batches
     * @param batchSize how many contents one batch reads back
     * @param roundEvery how long after a finished round the next one starts
     */
    record FixitySettings(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("7d") Duration roundEvery) {}
}
