package nl.statenwerk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Gives each test application context its own state, so tests never see each other's data: a temporary
 * STATENWERK_HOME, and either an H2 file database in it or a new schema on the PostgreSQL test server.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PG_URL =
            env("STATENWERK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/statenwerk_test");
    public static final String PG_USER = env("STATENWERK_TEST_PG_USER", "statenwerk");
    public static final String PG_PASSWORD = env("STATENWERK_TEST_PG_PASSWORD", "statenwerk");

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("statenwerk.test.db", ""));
    }

    private static final String ATTEMPTS_PER_MINUTE = "statenwerk.identity.attempts-per-minute";
    private static final String ALLOWED_PRIVATE_HOSTS = "statenwerk.import.allowed-private-hosts";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path home;
        try {
            home = Files.createTempDirectory("statenwerk-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TestPropertyValues values = TestPropertyValues.of("statenwerk.home=" + home, "statenwerk.demo=false")
                .and(freshDatabase(home).toArray(String[]::new));
        if (!context.getEnvironment().containsProperty(ATTEMPTS_PER_MINUTE)) {
            // every test signs in from 127.0.0.1, and one context serves many test classes: their deliberate failures
            // would add up to the per-address limit; the test of that limit sets it itself
            values = values.and(ATTEMPTS_PER_MINUTE + "=100000", "statenwerk.identity.attempts-per-hour=1000000");
        }
        if (!setByTheTest(context, ALLOWED_PRIVATE_HOSTS)) {
            // import tests serve their sources from 127.0.0.1; the tests of the address policy set it themselves
            values = values.and(ALLOWED_PRIVATE_HOSTS + "=127.0.0.1");
        }
        values.applyTo(context);
    }

    /** Whether the test class sets a property itself (application.yml may set every property, with a default). */
    private static boolean setByTheTest(ConfigurableApplicationContext context, String name) {
        var inlined = context.getEnvironment()
                .getPropertySources()
                .get(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME);
        return inlined != null && inlined.containsProperty(name);
    }

    /**
     * Database settings for an application started by hand (not through the test context): a fresh H2 file database
     * in {@code home}, or a fresh schema on the PostgreSQL test server. Starting twice with the same settings reuses
     * the same database, as a restart does.
     */
    public static java.util.List<String> freshDatabase(Path home) {
        if (!onPostgres()) {
            return java.util.List.of("spring.datasource.url=jdbc:h2:async:" + home.resolve("db/statenwerk")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        String schema = newSchema();
        return java.util.List.of(
                "spring.datasource.url=" + PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username=" + PG_USER,
                "spring.datasource.password=" + PG_PASSWORD,
                "spring.flyway.schemas=" + schema);
    }

    private static String newSchema() {
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (var connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server not reachable at " + PG_URL, e);
        }
        return schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
