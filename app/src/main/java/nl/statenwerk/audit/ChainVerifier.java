package nl.statenwerk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in order of sequence number, a batch at a time (constant memory), recomputes every hash and stops
 * at the first break. It tells what broke the chain from what it finds there:
 *
 * <ul>
 *   <li>a sequence number skipped, or the tail shorter than the head row says: entries were <b>removed</b>;
 *   <li>an entry whose fields no longer give its hash: it was <b>changed</b>;
 *   <li>an entry whose hash is right but whose predecessor's is not what it recorded: the entry before it was
 *       <b>inserted</b> when it points two back, else that one was changed together with its hash;
 *   <li>an entry that fits only one place later or earlier: entries were renumbered around an insertion or removal;
 *   <li>entries beyond the head row: <b>inserted</b> after the end.
 * </ul>
 *
 * The chain itself cannot show a tail rewritten together with the head row by someone with write access to the
 * database; an anchor (a sequence number and hash kept elsewhere, see {@code --anker}) can.
 */
@Component
class ChainVerifier {

    private final JdbcTemplate jdbc;

    ChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    enum Kind {
        CHANGED("gewijzigd"),
        REMOVED("verwijderd"),
        INSERTED("ingevoegd");

        final String dutch;

        Kind(String dutch) {
            this.dutch = dutch;
        }
    }

    /**
     * The first break.
     *
     * @param seq where the chain breaks
     * @param expected the hash the chain expects there
     * @param found the hash found there
     */
    record Break(long seq, Kind kind, String expected, String found, String detail) {}

    /**
     * @param checked entries whose hash and link were checked
     * @param headSeq the head row's sequence number after the walk
     * @param firstBreak empty when the chain is intact
     */
    record Verification(
            long checked,
            long headSeq,
            String headHash,
            @Nullable Break firstBreak) {

        boolean intact() {
            return firstBreak == null;
        }
    }

    /** An anchor: the hash an entry had when someone wrote it down outside the database. */
    record Anchor(long seq, String hash) {}

    private record Row(long seq, List<@Nullable String> fields, String previousHash, String hash) {

        String recomputed(long asSeq) {
            return Entry.hash(previousHash, Entry.canonical(asSeq, fields));
        }
    }

    Verification verify(List<Anchor> anchors, int batchSize, LongConsumer progress) {
        long startHead = head().seq();
        long expectedSeq = 1;
        String previousHash = Entry.GENESIS;
        String beforePrevious = Entry.GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<Row> batch = new ArrayList<>(batchSize);
            long from = after;
            jdbc.query(
                    "select * from audit_entry where seq > ? order by seq",
                    ps -> {
                        ps.setLong(1, from);
                        ps.setMaxRows(batchSize);
                        ps.setFetchSize(batchSize);
                    },
                    rs -> {
                        batch.add(new Row(
                                rs.getLong("seq"),
                                Entry.rawFields(rs),
                                rs.getString("previous_hash"),
                                rs.getString("hash")));
                    });
            if (batch.isEmpty()) {
                break;
            }
            for (Row row : batch) {
                Break found = check(row, expectedSeq, previousHash, beforePrevious);
                if (found != null) {
                    JdbcAuditLog.Head head = head();
                    if (row.seq() > head.seq()) {
                        found = new Break(
                                row.seq(),
                                Kind.INSERTED,
                                found.expected(),
                                found.found(),
                                "regel " + row.seq() + " staat na de kop van de keten (" + head.seq() + ")");
                    }
                    return new Verification(checked, head.seq(), head.hash(), found);
                }
                for (Anchor anchor : anchors) {
                    if (anchor.seq() == row.seq() && !anchor.hash().equals(row.hash())) {
                        JdbcAuditLog.Head head = head();
                        return new Verification(
                                checked,
                                head.seq(),
                                head.hash(),
                                new Break(
                                        row.seq(),
                                        Kind.CHANGED,
                                        anchor.hash(),
                                        row.hash(),
                                        "de keten tot hier is herberekend: het anker kent een andere hash"));
                    }
                }
                checked++;
                beforePrevious = previousHash;
                previousHash = row.hash();
                expectedSeq = row.seq() + 1;
                progress.accept(checked);
            }
            after = batch.getLast().seq();
        }
        long last = expectedSeq - 1;
        JdbcAuditLog.Head head = head();
        for (Anchor anchor : anchors) {
            if (anchor.seq() > last) {
                return new Verification(
                        checked,
                        head.seq(),
                        head.hash(),
                        new Break(anchor.seq(), Kind.REMOVED, anchor.hash(), "-", "het anker wijst voorbij het einde"));
            }
        }
        if (last < startHead) {
            return new Verification(
                    checked,
                    head.seq(),
                    head.hash(),
                    new Break(
                            last + 1,
                            Kind.REMOVED,
                            startHead == head.seq() ? head.hash() : "-",
                            previousHash,
                            "regels " + (last + 1) + " tot en met " + startHead + " ontbreken aan het einde"));
        }
        if (last > head.seq()) {
            return new Verification(
                    checked,
                    head.seq(),
                    head.hash(),
                    new Break(
                            head.seq() + 1,
                            Kind.INSERTED,
                            "-",
                            previousHash,
                            "regels " + (head.seq() + 1) + " tot en met " + last + " staan na de kop van de keten"));
        }
        if (last == head.seq() && !previousHash.equals(head.hash())) {
            return new Verification(
                    checked,
                    head.seq(),
                    head.hash(),
                    new Break(last, Kind.CHANGED, head.hash(), previousHash, "de laatste regel is vervangen"));
        }
        return new Verification(checked, head.seq(), head.hash(), null);
    }

    private static @Nullable Break check(Row row, long expectedSeq, String previousHash, String beforePrevious) {
        if (row.seq() > expectedSeq) {
            return new Break(
                    expectedSeq,
                    Kind.REMOVED,
                    previousHash,
                    row.previousHash(),
                    row.seq() == expectedSeq + 1
                            ? "regel " + expectedSeq + " ontbreekt"
                            : "regels " + expectedSeq + " tot en met " + (row.seq() - 1) + " ontbreken");
        }
        boolean selfOk = row.recomputed(row.seq()).equals(row.hash());
        boolean linkOk = row.previousHash().equals(previousHash);
        if (selfOk && linkOk) {
            return null;
        }
        if (linkOk) {
            return new Break(
                    row.seq(),
                    Kind.CHANGED,
                    row.recomputed(row.seq()),
                    row.hash(),
                    "de velden van regel " + row.seq() + " geven niet de opgeslagen hash");
        }
        if (selfOk) {
            if (row.seq() > 1 && row.previousHash().equals(beforePrevious)) {
                return new Break(
                        row.seq() - 1,
                        Kind.INSERTED,
                        row.previousHash(),
                        previousHash,
                        "regel " + (row.seq() - 1) + " hoort niet in de keten: regel " + row.seq()
                                + " volgt op de regel ervoor");
            }
            return new Break(
                    row.seq() - 1,
                    Kind.CHANGED,
                    row.previousHash(),
                    previousHash,
                    "regel " + (row.seq() - 1) + " is gewijzigd met een nieuwe hash");
        }
        if (row.recomputed(row.seq() + 1).equals(row.hash())) {
            return new Break(
                    row.seq(),
                    Kind.REMOVED,
                    previousHash,
                    row.previousHash(),
                    "een regel is verwijderd en de volgende zijn hernummerd");
        }
        if (row.seq() > 1
                && row.recomputed(row.seq() - 1).equals(row.hash())
                && row.previousHash().equals(beforePrevious)) {
            return new Break(
                    row.seq() - 1,
                    Kind.INSERTED,
                    row.previousHash(),
                    previousHash,
                    "regel " + (row.seq() - 1) + " is ingevoegd en de volgende zijn hernummerd");
        }
        return new Break(
                row.seq(),
                Kind.CHANGED,
                row.recomputed(row.seq()),
                row.hash(),
                "regel " + row.seq() + " en zijn verwijzing naar de vorige zijn gewijzigd");
    }

    private JdbcAuditLog.Head head() {
        return jdbc.queryForObject(
                "select seq, hash from audit_chain_head where id = 1",
                (rs, n) -> new JdbcAuditLog.Head(rs.getLong("seq"), rs.getString("hash")));
    }
}
