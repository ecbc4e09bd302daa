package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.files.FixityStatus.BadFile;
import nl.statenwerk.files.FixityStatus.Result;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-verifies stored content batch by batch. The cursor is the last SHA-256 checked: contents are visited in hash
 * order, so a batch needs only the next {@code batchSize} hashes, never the whole list, and a restart continues after
 * the last batch that was recorded. Content added during a round behind the cursor waits for the next round.
 */
final class JdbcFixity implements Fixity {

    private static final Logger log = LoggerFactory.getLogger(JdbcFixity.class);

    private final JdbcClient jdbc;
    private final ContentStore store;
    private final int batchSize;
    private final Clock clock;

    JdbcFixity(JdbcClient jdbc, ContentStore store, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.jdbc = jdbc;
        this.store = store;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Whether a round is under way or the last one finished longer than {@code every} ago. */
    boolean roundDue(Duration every) {
        Round round = round();
        return round.startedAt() != null
                || round.lastCompletedAt() == null
                || round.lastCompletedAt().plus(every).isBefore(now());
    }

    @Override
    public boolean checkBatch() {
        Round round = round();
        if (round.startedAt() == null) {
            jdbc.sql("update fixity_round set cursor_sha256 = null, started_at = :now where id = 1")
                    .param("now", now())
                    .update();
        }
        List<String> batch = jdbc.sql("""
                        select distinct sha256 from stored_file
                        where sha256 is not null and deleted_at is null
                          and sha256 > :cursor
                        order by sha256 limit :limit""")
                .param("cursor", round.startedAt() == null || round.cursor() == null ? "" : round.cursor())
                .param("limit", batchSize)
                .query(String.class)
                .list();
        for (String sha256 : batch) {
            record(sha256, verify(sha256));
        }
        if (batch.size() < batchSize) {
            jdbc.sql("""
                            update fixity_round set cursor_sha256 = null, started_at = null, last_completed_at = :now
                            where id = 1""").param("now", now()).update();
            return true;
        }
        jdbc.sql("update fixity_round set cursor_sha256 = :cursor where id = 1")
                .param("cursor", batch.getLast())
                .update();
        return false;
    }

    @Override
    public FixityStatus checkAll() {
        jdbc.sql("update fixity_round set cursor_sha256 = null, started_at = null where id = 1")
                .update();
        while (!checkBatch()) {
            // each batch records its results and the cursor before the next one starts
        }
        return status();
    }

    @Override
    public FixityStatus status() {
        String current = "select sha256 from stored_file where sha256 is not null and deleted_at is null";
        long ok = count(Result.OK, current);
        long corrupt = count(Result.CORRUPT, current);
        long missing = count(Result.MISSING, current);
        long unchecked = jdbc.sql("select count(distinct f.sha256) from stored_file f"
                        + " where f.sha256 is not null and f.deleted_at is null"
                        + " and not exists (select 1 from fixity_check c where c.sha256 = f.sha256)")
                .query(Long.class)
                .single();
        List<BadFile> bad = jdbc.sql("""
                        select f.id, f.name, f.sha256, c.result, c.checked_at
                        from stored_file f join fixity_check c on c.sha256 = f.sha256
                        where f.deleted_at is null and c.result <> 'OK'
                        order by c.checked_at desc, f.id""")
                .query((rs, n) -> new BadFile(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("sha256"),
                        Result.valueOf(rs.getString("result")),
                        rs.getObject("checked_at", OffsetDateTime.class)))
                .list();
        return new FixityStatus(ok, corrupt, missing, unchecked, bad, round().lastCompletedAt());
    }

    private long count(Result result, String current) {
        return jdbc.sql("select count(*) from fixity_check where result = :result and sha256 in (" + current + ")")
                .param("result", result.name())
                .query(Long.class)
                .single();
    }

    private Verified verify(String sha256) {
        try (InputStream in = store.open(sha256)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                digest.update(buffer, 0, n);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (actual.equals(sha256)) {
                return new Verified(Result.OK, actual);
            }
            log.error("Fixity: stored content {} is corrupt: its bytes hash to {}", sha256, actual);
            return new Verified(Result.CORRUPT, actual);
        } catch (NoSuchFileException e) {
            log.error("Fixity: stored content {} is missing from the store", sha256);
            return new Verified(Result.MISSING, null);
        } catch (IOException e) {
            // unreadable is as good as gone for whoever needs the file; the next round looks again
            log.error("Fixity: stored content {} cannot be read", sha256, e);
            return new Verified(Result.MISSING, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(String sha256, Verified verified) {
        OffsetDateTime now = now();
        int updated = jdbc.sql("""
                        update fixity_check set result = :result, actual_sha256 = :actual, checked_at = :now
                        where sha256 = :sha256""")
                .param("result", verified.result().name())
                .param("actual", verified.actualSha256())
                .param("now", now)
                .param("sha256", sha256)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into fixity_check (sha256, result, actual_sha256, checked_at)
                            values (:sha256, :result, :actual, :now)""")
                    .param("sha256", sha256)
                    .param("result", verified.result().name())
                    .param("actual", verified.actualSha256())
                    .param("now", now)
                    .update();
        }
    }

    private Round round() {
        return jdbc.sql("select cursor_sha256, started_at, last_completed_at from fixity_round where id = 1")
                .query((rs, n) -> new Round(
                        rs.getString("cursor_sha256"),
                        rs.getObject("started_at", OffsetDateTime.class),
                        rs.getObject("last_completed_at", OffsetDateTime.class)))
                .single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private record Verified(Result result, @Nullable String actualSha256) {}

    private record Round(
            @Nullable String cursor,
            @Nullable OffsetDateTime startedAt,
            @Nullable OffsetDateTime lastCompletedAt) {}
}
