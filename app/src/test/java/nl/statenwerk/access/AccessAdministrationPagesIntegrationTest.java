package nl.statenwerk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The griffie's screens at {@code /beheer/toegang}: naming the readers of a geheim paper makes it readable for them,
 * accounts are linked to persons and given roles, and every change is in the audit log.
 */
@StatenwerkTest
class AccessAdministrationPagesIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Viewers viewers;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theGriffieNamesAReaderWhoThenReadsTheGeheimPaper() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Toegangland");
        UUID person = factory.person(body, "Wim Genoemd");
        UUID paper = council.save(
                        Paper.written(
                                body,
                                "Geheime grondaankoop",
                                null,
                                LocalDate.now(),
                                PaperType.STATENVOORSTEL,
                                "geheim",
                                null),
                        null)
                .id();
        TestBrowser member = TestBrowser.signedIn(context, port, Role.MEMBER, person);
        assertThat(member.get("/stukken/" + paper).status()).isEqualTo(404);
        assertThat(member.get("/beheer/toegang/stukken/" + paper).status()).isEqualTo(403);
        assertThat(new TestBrowser(port).get("/beheer/toegang/accounts").location())
                .endsWith("/inloggen");

        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        TestBrowser.Response screen = griffie.get("/beheer/toegang/stukken/" + paper);
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.body()).contains("Geheim", "Wim Genoemd", "<legend");
        assertThat(screen.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        TestBrowser.Response saved = griffie.post(
                "/beheer/toegang/stukken/" + paper,
                Map.of("lezer", person.toString(), "fractie", "", "_csrf", screen.csrf()));
        assertThat(saved.location()).endsWith("?gedaan=lezers");
        assertThat(council.paperAccess(paper).orElseThrow().readers()).containsExactly(person);

        TestBrowser.Response page = member.get("/stukken/" + paper);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Geheime grondaankoop", "id=\"vertrouwelijkheid\"", "<strong>Geheim</strong>");
        assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");

        assertThat(audit("lezers-vastgesteld", paper.toString())).isEqualTo(1);
        assertThat(jdbc.sql("select outcome from audit_entry where name in ('stuk-bekeken', 'toegang-bekeken')"
                                + " and object_id = :id")
                        .param("id", paper.toString())
                        .query(String.class)
                        .list())
                .anySatisfy(o -> assertThat(o).contains("genoemde lezer"))
                .anySatisfy(o -> assertThat(o).contains("rol griffie").doesNotContain("genoemde"));

        // a form with a person of another body is refused
        UUID stranger = factory.person(factory.body("Elders"), "Vreemde");
        TestBrowser.Response refused = griffie.post(
                "/beheer/toegang/stukken/" + paper,
                Map.of(
                        "lezer",
                        stranger.toString(),
                        "_csrf",
                        griffie.get("/beheer/toegang/stukken/" + paper).csrf()));
        assertThat(refused.location()).endsWith("?fout=invoer");
        assertThat(council.paperAccess(paper).orElseThrow().readers()).containsExactly(person);
    }

    @Test
    void theGriffieLinksAnAccountToAPersonAndGrantsAndRevokesRoles() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Accountland");
        UUID person = factory.person(body, "Lies Gekoppeld");
        UserAccount account = accounts.create(
                "Lies Gekoppeld", "lies-" + UUID.randomUUID() + "@flevoland.example", DigestPreference.NONE);
        accounts.grant(account.id(), Role.RESIDENT);

        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        TestBrowser.Response list = griffie.get("/beheer/toegang/accounts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Lies Gekoppeld", "<caption");

        assertThat(griffie.post(
                                "/beheer/toegang/accounts/" + account.id() + "/persoon",
                                Map.of("persoon", person.toString(), "_csrf", list.csrf()))
                        .location())
                .endsWith("?gedaan=persoon");
        assertThat(viewers.personOf(account.id())).contains(person);

        String csrf = griffie.get("/beheer/toegang/accounts").csrf();
        griffie.post(
                "/beheer/toegang/accounts/" + account.id() + "/rollen",
                Map.of("rol", "MEMBER", "actie", "toekennen", "_csrf", csrf));
        griffie.post(
                "/beheer/toegang/accounts/" + account.id() + "/rollen",
                Map.of("rol", "RESIDENT", "actie", "intrekken", "_csrf", csrf));
        assertThat(accounts.roles(account.id())).containsExactly(Role.MEMBER);

        assertThat(griffie.post(
                                "/beheer/toegang/accounts/" + account.id() + "/persoon",
                                Map.of("persoon", "", "_csrf", csrf))
                        .location())
                .endsWith("?gedaan=persoon");
        assertThat(viewers.personOf(account.id())).isEqualTo(Optional.empty());

        String subject = account.id().toString();
        assertThat(audit("account-gekoppeld", subject)).isEqualTo(1);
        assertThat(audit("account-ontkoppeld", subject)).isEqualTo(1);
        // the role changes are recorded by the accounts module, naming the griffie's account as the actor
        String actor = "account:" + griffie.account();
        assertThat(jdbc.sql(
                                "select name || ' ' || outcome from audit_entry where object_id = :id and actor_id = :actor")
                        .param("id", subject)
                        .param("actor", actor)
                        .query(String.class)
                        .list())
                .contains("rol-toegekend MEMBER", "rol-ingetrokken RESIDENT");

        // without the form's token, nothing changes
        TestBrowser.Response forged = griffie.post(
                "/beheer/toegang/accounts/" + account.id() + "/rollen", Map.of("rol", "GRIFFIE", "actie", "toekennen"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(accounts.roles(account.id())).containsExactly(Role.MEMBER);
    }

    private long audit(String name, String objectId) {
        // entries recorded in a transaction join the chain right after commit, from the pending table
        for (int i = 0; i < 50; i++) {
            long n = jdbc.sql("select count(*) from audit_entry where name = :name and object_id = :id")
                    .param("name", name)
                    .param("id", objectId)
                    .query(Long.class)
                    .single();
            if (n > 0) {
                return n;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }
}
