package nl.statenwerk.conformance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the conformance checks.
 *
 * @param enabled whether a stored PDF is checked in the background after its text is extracted ({@code
 *     check-documents} checks either way)
 * @param timeout a check of one standard that takes longer is stopped; the file is then "not checkable"
 * @param maxSize larger files are not checked, which bounds the memory a check takes
 */
@ConfigurationProperties("statenwerk.conformance")
record ConformanceProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("100MB") DataSize maxSize) {}
