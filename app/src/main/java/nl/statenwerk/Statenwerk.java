package nl.statenwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Statenwerk: the information platform for Provinciale Staten and their griffie.
 *
 * <p>{@code java -jar statenwerk.jar} runs the platform; {@code java -jar statenwerk.jar import <dir|zip|url>}
 * imports a bundle and exits (see {@link nl.statenwerk.ingest.ImportCommand}); {@code reindex} rebuilds the search
 * index (see {@link nl.statenwerk.search.ReindexCommand}); {@code check-documents} checks every PDF for PDF/UA-1 and
 * PDF/A (see {@link nl.statenwerk.conformance.ConformanceCommand});
 * {@code audit verify} checks the audit log's
 * chain (see {@link nl.statenwerk.audit.AuditCommand}); {@code archive export} writes a SIP for the e-Depot (see
 * {@link nl.statenwerk.records.ArchiveCommand}); {@code fixity check} re-verifies every stored file's checksum (see
 * {@link nl.statenwerk.files.FixityCommand}); {@code retention propose|destroy} proposes and carries out destruction
 * lists (see {@link nl.statenwerk.retention.RetentionCommand}).
 */
@SpringBootApplication
@Modulithic(sharedModules = "core")
public class Statenwerk {

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(nl.statenwerk.ingest.ImportCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "bench".equals(args[0])) {
            System.exit(nl.statenwerk.ingest.ImportBenchmark.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "bench-search".equals(args[0])) {
            System.exit(nl.statenwerk.search.SearchBenchmark.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "audit".equals(args[0])) {
            System.exit(nl.statenwerk.audit.AuditCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "bench-audit".equals(args[0])) {
            System.exit(nl.statenwerk.audit.AuditBenchmark.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "reindex".equals(args[0])) {
            System.exit(nl.statenwerk.search.ReindexCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "check-documents".equals(args[0])) {
            System.exit(nl.statenwerk.conformance.ConformanceCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "archive".equals(args[0])) {
            System.exit(nl.statenwerk.records.ArchiveCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "fixity".equals(args[0])) {
            System.exit(nl.statenwerk.files.FixityCommand.run(Statenwerk.class, args));
        }
        if (args.length > 0 && "retention".equals(args[0])) {
            System.exit(nl.statenwerk.retention.RetentionCommand.run(Statenwerk.class, args));
        }
        SpringApplication.run(Statenwerk.class, args);
    }
}
