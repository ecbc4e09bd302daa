package nl.statenwerk.records;

import java.time.Period;
import java.util.List;
import nl.statenwerk.council.PaperType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The selection list in tables {@code retention_category} and {@code retention_rule}, read on each question. */
@Service
class JdbcSelectionList implements SelectionList {

    static final String FALLBACK = "NTB";

    private final JdbcClient jdbc;

    JdbcSelectionList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RetentionCategory> categories() {
        return jdbc.sql("select code, name, appraisal, retention_years, basis from retention_category order by code")
                .query((rs, n) -> category(
                        rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5)))
                .list();
    }

    @Override
    public RetentionCategory categoryOf(RecordKind kind, @Nullable PaperType paperType) {
        // a rule for the exact paper type wins over the rule for the kind as a whole (paper_type null)
        String code = jdbc.sql("""
                        select category_code from retention_rule
                        where record_kind = :kind and (paper_type = :type or paper_type is null)
                        order by case when paper_type is null then 1 else 0 end
                        fetch first 1 rows only
                        """)
                .param("kind", kind.name())
                .param("type", kind == RecordKind.PAPER && paperType != null ? paperType.name() : "")
                .query(String.class)
                .optional()
                .orElse(FALLBACK);
        return categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("selection list lacks category " + code));
    }

    private static RetentionCategory category(
            String code, String name, String appraisal, @Nullable Integer years, String basis) {
        return new RetentionCategory(
                code, name, Appraisal.ofCode(appraisal), years == null ? null : Period.ofYears(years), basis);
    }
}
