package nl.statenwerk.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.compliance.ComplianceReport.Completeness;
import nl.statenwerk.compliance.ComplianceReport.Transfer;
import nl.statenwerk.conformance.Conformance;
import nl.statenwerk.conformance.ConformanceOverview;
import nl.statenwerk.files.Fixity;
import nl.statenwerk.publication.WooPublication;
import nl.statenwerk.retention.Retention;
import nl.statenwerk.woorequests.WooRequest;
import nl.statenwerk.woorequests.WooRequests;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCompliance implements Compliance {

    // A record's selection-list category follows its kind and, for papers, its type; without a rule it is NTB, as in
    // records.JdbcSelectionList. One expression per kind keeps the counts to a single query each.
    private static final String PAPER_CATEGORY = """
            coalesce(
                (select r.category_code from retention_rule r where r.record_kind = 'PAPER' and r.paper_type = p.paper_type),
                (select r.category_code from retention_rule r where r.record_kind = 'PAPER' and r.paper_type is null),
                'NTB')""";
    private static final String MEETING_CATEGORY = """
            coalesce(
                (select r.category_code from retention_rule r where r.record_kind = 'MEETING' and r.paper_type is null),
                'NTB')""";

    private final JdbcClient jdbc;
    private final WooPublication publication;
    private final Conformance conformance;
    private final Retention retention;
    private final Fixity fixity;
    private final WooRequests requests;

    JdbcCompliance(
            JdbcClient jdbc,
            WooPublication publication,
            Conformance conformance,
            Retention retention,
            Fixity fixity,
            WooRequests requests) {
        this.jdbc = jdbc;
        this.publication = publication;
        this.conformance = conformance;
        this.retention = retention;
        this.fixity = fixity;
        this.requests = requests;
    }

    @Override
    @Transactional(readOnly = true)
    public ComplianceReport report(LocalDate today) {
        List<WooRequest> overdue = requests.open().stream()
                .filter(request -> request.overdue(today))
                .sorted(Comparator.comparing(WooRequest::deadline))
                .toList();
        return new ComplianceReport(
                today,
                publication.overview(),
                completeness(),
                conformance
                        .overview(new ConformanceOverview.Query(null, null, null, 0, 1))
                        .bodies(),
                retention.counts(today),
                transfer(today.minusYears(ComplianceReport.TRANSFER_YEARS)),
                fixity.status(),
                overdue);
    }

    private List<Completeness> completeness() {
        return jdbc.sql("""
                        select b.id as body_id, b.name as body_name,
                            count(p.id) as papers,
                            sum(case when trim(p.name) <> '' then 1 else 0 end) as with_title,
                            sum(case when p.paper_date is not null then 1 else 0 end) as with_date,
                            sum(case when exists (
                                select 1 from paper_file pf join stored_file f on f.id = pf.file_id
                                where pf.paper_id = p.id and f.deleted_at is null) then 1 else 0 end) as with_file,
                            sum(case when trim(coalesce(p.language, '')) <> '' then 1 else 0 end) as with_language,
                            sum(case when %s <> 'NTB' then 1 else 0 end) as with_category
                        from body b
                        join paper p on p.body_id = b.id and p.is_public and p.deleted_at is null
                        where b.deleted_at is null
                        group by b.id, b.name
                        order by b.name
                        """.formatted(PAPER_CATEGORY))
                .query((rs, row) -> new Completeness(
                        rs.getObject("body_id", UUID.class),
                        rs.getString("body_name"),
                        rs.getLong("papers"),
                        rs.getLong("with_title"),
                        rs.getLong("with_date"),
                        rs.getLong("with_file"),
                        rs.getLong("with_language"),
                        rs.getLong("with_category")))
                .list();
    }

    private List<Transfer> transfer(LocalDate cutoff) {
        return jdbc
                .sql("""
                        select b.id as body_id, b.name as body_name,
                            (select count(*) from paper p
                                where p.body_id = b.id and p.deleted_at is null and p.paper_date <= :cutoff
                                and (select c.appraisal from retention_category c where c.code = %s) = 'B') as papers,
                            (select count(*) from meeting p
                                where p.body_id = b.id and p.deleted_at is null and p.meeting_date <= :cutoff
                                and (select c.appraisal from retention_category c where c.code = %s) = 'B') as meetings
                        from body b
                        where b.deleted_at is null
                        order by b.name
                        """.formatted(PAPER_CATEGORY, MEETING_CATEGORY))
                .param("cutoff", cutoff)
                .query(new DataClassRowMapper<>(Transfer.class))
                .list()
                .stream()
                .filter(t -> t.papers() + t.meetings() > 0)
                .toList();
    }
}
