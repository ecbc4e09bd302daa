package nl.statenwerk.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.PaperType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StatenwerkTest
class SelectionListIntegrationTest {

    @Autowired
    SelectionList list;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPaperTypeAndMeetingHasACategoryAndOnlyUnnamedTypesAreUndecided() {
        for (PaperType type : PaperType.values()) {
            RetentionCategory category = list.categoryOf(RecordKind.PAPER, type);
            assertThat(category.appraisal() == Appraisal.UNDECIDED)
                    .as(type.name())
                    .isEqualTo(type == PaperType.OTHER);
        }
        assertThat(list.categoryOf(RecordKind.PAPER, PaperType.MOTIE).appraisal())
                .isEqualTo(Appraisal.KEEP);
        assertThat(list.categoryOf(RecordKind.MEETING, null).code()).isEqualTo("PS-VERGADERING");
        // a kind without rules falls back to "nader te bepalen": nothing is destroyed by default
        assertThat(list.categoryOf(RecordKind.FILE, null).appraisal()).isEqualTo(Appraisal.UNDECIDED);
    }

    @Test
    void aCategoryToDestroyGivesTheDueDateFromTheClosingDate() {
        RetentionCategory ingekomen = list.categoryOf(RecordKind.PAPER, PaperType.INGEKOMEN_STUK);
        assertThat(ingekomen.appraisal()).isEqualTo(Appraisal.DESTROY);
        assertThat(ingekomen.retention()).isEqualTo(Period.ofYears(10));
        assertThat(ingekomen.destructionDue(LocalDate.of(2016, 2, 29))).contains(LocalDate.of(2026, 2, 28));
        assertThat(list.categoryOf(RecordKind.PAPER, PaperType.STATENVOORSTEL).destructionDue(LocalDate.of(1990, 1, 1)))
                .isEmpty();
    }

    @Test
    void theListIsConfiguredInItsTablesAndTheDatabaseRefusesAnInconsistentCategory() {
        jdbc.sql("insert into retention_category (code, name, appraisal, retention_years, basis)"
                        + " values ('T-OVERIG', 'Overige stukken', 'V', 5, 'test')")
                .update();
        jdbc.sql("insert into retention_rule (id, record_kind, paper_type, category_code)"
                        + " values (1000, 'PAPER', 'OTHER', 'T-OVERIG')")
                .update();
        try {
            assertThat(list.categoryOf(RecordKind.PAPER, PaperType.OTHER).retention())
                    .isEqualTo(Period.ofYears(5));
        } finally {
            jdbc.sql("delete from retention_rule where id = 1000").update();
            jdbc.sql("delete from retention_category where code = 'T-OVERIG'").update();
        }
        assertThatThrownBy(
                        () -> jdbc.sql("insert into retention_category (code, name, appraisal, retention_years, basis)"
                                        + " values ('T-FOUT', 'Vernietigen zonder termijn', 'V', null, 'test')")
                                .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aCategoryToDestroyWithoutATermIsRefused() {
        assertThatThrownBy(() -> new RetentionCategory("X", "x", Appraisal.DESTROY, null, "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionCategory("X", "x", Appraisal.KEEP, Period.ofYears(1), "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
