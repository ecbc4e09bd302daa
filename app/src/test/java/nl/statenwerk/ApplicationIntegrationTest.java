package nl.statenwerk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@StatenwerkTest
class ApplicationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsHealthUp() {
        String health = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
        assertThat(health).contains("\"UP\"");
    }

    @Test
    void migratesTheSchema() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
    }
}
