package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.statenwerk.council.CommitmentStatus;
import nl.statenwerk.council.FollowUpStatus;
import nl.statenwerk.council.FractionVoteResult;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.MotionOutcome;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.StandardCoded;
import nl.statenwerk.council.VoteResult;
import org.junit.jupiter.api.Test;

/**
 * The Dutch and English messages have the same keys, every key a template uses exists, and every value of the
 * value lists the portal shows has a text (after petclinic's I18nPropertiesSyncTest).
 */
class PortalMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    /** {@code t.t("key"} and {@code t.value("prefix", ...)} in templates. */
    private static final Pattern KEY = Pattern.compile("\\bt\\.t\\(\"([^\"]+)\"");

    private static final Pattern VALUE = Pattern.compile("\\bt\\.value\\(\"([^\"]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys missing in messages_en.properties").containsAll(dutch);
        assertThat(dutch).as("keys missing in messages.properties").containsAll(english);
        load("messages.properties")
                .forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        load("messages_en.properties")
                .forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                String text = Files.readString(file);
                collect(KEY.matcher(text), used);
                collect(VALUE.matcher(text), prefixes);
            }
        }
        assertThat(used).as("keys used in templates").isNotEmpty();
        for (String key : used) {
            assertThat(dutch).as("messages.properties").containsKey(key);
            assertThat(english).as("messages_en.properties").containsKey(key);
        }
        assertThat(prefixes)
                .containsExactlyInAnyOrder(
                        "meeting.type",
                        "meeting.state",
                        "paper.type",
                        "vote.result",
                        "vote.fraction",
                        "vote.choice",
                        "motion.outcome",
                        "followUp.status",
                        "commitment.status",
                        "role",
                        "woo.status",
                        "woo.channel",
                        "woo.assessment",
                        "woo.outcome",
                        "retention.state",
                        "retention.item",
                        "retention.scope",
                        "workspace.kind",
                        "my.agenda.level",
                        "my.agenda.deadline.kind",
                        "access.level",
                        "access.explained",
                        "drafts.kind");
    }

    @Test
    void everyValueOfTheShownValueListsHasAText() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        var lists = List.of(
                List.of("meeting.type", MeetingType.values()),
                List.of("meeting.state", MeetingState.values()),
                List.of("paper.type", PaperType.values()),
                List.of("vote.result", VoteResult.values()),
                List.of("vote.fraction", FractionVoteResult.values()),
                List.of("vote.choice", nl.statenwerk.council.VoteChoice.values()),
                List.of("motion.outcome", MotionOutcome.values()),
                List.of("followUp.status", FollowUpStatus.values()),
                List.of("commitment.status", CommitmentStatus.values()),
                List.of("role", nl.statenwerk.accounts.Role.values()),
                List.of("access.level", nl.statenwerk.core.AccessLevel.values()),
                List.of("access.explained", nl.statenwerk.core.AccessLevel.values()),
                List.of("woo.status", nl.statenwerk.woorequests.WooStatus.values()),
                List.of("woo.channel", nl.statenwerk.woorequests.Channel.values()),
                List.of("woo.assessment", nl.statenwerk.woorequests.Assessment.values()),
                List.of("woo.outcome", nl.statenwerk.woorequests.DecisionOutcome.values()),
                List.of("retention.state", nl.statenwerk.retention.ListState.values()),
                List.of("retention.item", nl.statenwerk.retention.ItemState.values()),
                List.of("retention.scope", nl.statenwerk.retention.HoldScope.values()),
                List.of("workspace.kind", nl.statenwerk.workspaces.WorkspaceKind.values()),
                List.of("my.agenda.level", nl.statenwerk.core.AccessLevel.values()),
                List.of("my.agenda.deadline.kind", nl.statenwerk.agenda.Agenda.DeadlineKind.values()),
                // composed by the settings page (t.keyed) and the digest: every kind, also one added later
                List.of("my.settings.kind", nl.statenwerk.notifications.NotificationKind.values()),
                List.of("notification.kind", nl.statenwerk.notifications.NotificationKind.values()),
                List.of("my.settings.delivery", nl.statenwerk.notifications.Delivery.values()),
                List.of("drafts.kind", nl.statenwerk.drafts.DraftKind.values()));
        for (var list : lists) {
            for (Enum<?> value : (Enum<?>[]) list.get(1)) {
                String key = list.get(0) + "." + value.name();
                assertThat(dutch).containsKey(key);
                assertThat(english).containsKey(key);
            }
        }
    }

    @Test
    void everyCodeOfTheSearchIndexThatThePortalNamesHasAText() throws IOException {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> keys = new TreeSet<>();
        for (PaperType type : PaperType.values()) {
            keys.add("search.type." + code(type));
        }
        for (String type : List.of("vergadering", "agendapunt", "stemming", "persoon", "fractie")) {
            keys.add("search.type." + type);
        }
        for (MeetingType type : MeetingType.values()) {
            keys.add("search.meetingType." + code(type));
        }
        for (String result : List.of("aangenomen", "verworpen", "staken")) {
            keys.add("search.result." + result);
        }
        for (String facet : SearchParams.FACETS) {
            keys.add("search.facet." + facet);
        }
        // the error page's keys are built from the kind of error
        for (String error : List.of("notFound", "badRequest", "serverError")) {
            keys.add(error + ".title");
            keys.add(error + ".text");
        }
        for (String key : keys) {
            assertThat(dutch).as("messages.properties").containsKey(key);
            assertThat(english).as("messages_en.properties").containsKey(key);
        }
    }

    /** The code the search index gives a value: its standard code, else its name in lower case. */
    private static String code(StandardCoded value) {
        return value.code() != null ? value.code() : ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
    }

    @Test
    void templatesHaveNoTextOutsideMessageKeys() throws IOException {
        // Text between tags that is left after removing expressions, jte directives and punctuation is hard-coded.
        Pattern text = Pattern.compile(">([^<>]*)<");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                String template = Files.readString(file)
                        .replaceAll("(?m)^(@import|@param|!\\{).*$", "")
                        .replaceAll("\\$\\{[^}]*\\}", "")
                        .replaceAll("@template\\.[\\w.-]+\\(.*\\)", "")
                        .replaceAll("@(?:if|elseif|for)\\((?:[^()]|\\([^()]*\\))*\\)", "")
                        .replaceAll("@[a-z]+", "");
                Matcher m = text.matcher(template);
                while (m.find()) {
                    String between = m.group(1).replaceAll("[\\s·,–:()%|!?…×]+", "");
                    assertThat(between)
                            .as(file + ": hard-coded text " + m.group(1).strip())
                            .isEmpty();
                }
            }
        }
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
