package nl.statenwerk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes entries as JSON Lines in the shape of the standard's Logboek interface ({@code trace_id}, {@code span_id},
 * {@code status}, {@code attributes} with {@code dpl.core.*}), plus each entry's sequence number and hashes, so that
 * an auditor can check the exported stretch of chain without the application (docs/audit.md).
 */
@Component
class AuditExport {

    private static final String STANDARD_STATUS = "UNSET:Unset,OK:Ok,ERROR:Error";

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries recorded from {@code from} up to {@code to}, in chain order, streamed. */
    long write(Instant from, Instant to, Writer out) {
        long[] count = {0};
        jdbc.query(
                "select * from audit_entry where recorded_at >= ? and recorded_at < ? order by seq",
                ps -> {
                    ps.setObject(1, from.atOffset(ZoneOffset.UTC));
                    ps.setObject(2, to.atOffset(ZoneOffset.UTC));
                    ps.setFetchSize(1000);
                },
                rs -> {
                    List<@Nullable String> f = Entry.rawFields(rs);
                    Map<String, @Nullable Object> line = new LinkedHashMap<>();
                    line.put("seq", rs.getLong("seq"));
                    line.put("trace_id", f.get(0));
                    line.put("span_id", f.get(1));
                    line.put("parent_span_id", f.get(2));
                    line.put("name", f.get(3));
                    line.put("start_time", f.get(4));
                    line.put("end_time", f.get(5));
                    line.put("status", standardStatus(f.get(6)));
                    line.put("resource", Map.of("attributes", Map.of("service.name", "statenwerk")));
                    Map<String, @Nullable Object> attributes = new LinkedHashMap<>();
                    attributes.put("dpl.core.processing_activity_id", f.get(9));
                    attributes.put("dpl.core.data_subject_id", f.get(13));
                    attributes.put("dpl.core.data_subject_id_type", f.get(14));
                    attributes.put("statenwerk.actor.id", f.get(7));
                    attributes.put("statenwerk.actor.role", f.get(8));
                    attributes.put("statenwerk.legal_basis", f.get(10));
                    attributes.put("statenwerk.object.type", f.get(11));
                    attributes.put("statenwerk.object.id", f.get(12));
                    attributes.put("statenwerk.confidentiality", f.get(15));
                    attributes.put("statenwerk.client.address", f.get(16));
                    attributes.put("statenwerk.client.agent", f.get(17));
                    attributes.put("statenwerk.outcome", f.get(18));
                    line.put("attributes", attributes);
                    line.put("recorded_at", f.get(19));
                    line.put("status_raw", f.get(6));
                    line.put("previous_hash", rs.getString("previous_hash"));
                    line.put("hash", rs.getString("hash"));
                    try {
                        out.write(json.writeValueAsString(line));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
        return count[0];
    }

    private static @Nullable String standardStatus(@Nullable String status) {
        for (String pair : STANDARD_STATUS.split(",")) {
            String[] kv = pair.split(":");
            if (kv[0].equals(status)) {
                return kv[1];
            }
        }
        return status;
    }
}
