package nl.statenwerk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every key the portal composes for a check (a standard, an outcome, an error, a topic and its advice) has a Dutch and
 * an English text: templates build these keys, so the portal's own message test cannot see them.
 */
class ConformanceMessagesTest {

    @Test
    void everyTopicStandardOutcomeAndErrorHasADutchAndAnEnglishText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String topic : RuleTopics.TOPICS) {
            keys.add("conformance.topic." + topic);
            keys.add("conformance.topic." + topic + ".advice");
        }
        for (Standard standard : Standard.values()) {
            keys.add("conformance.standard." + standard.name());
        }
        for (Outcome outcome : Outcome.values()) {
            keys.add("conformance.outcome." + outcome.name());
        }
        keys.add("conformance.outcome.PENDING");
        for (CheckError error : CheckError.values()) {
            keys.add("conformance.error." + error.name());
        }
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            assertThat(load(name).stringPropertyNames()).as(name).containsAll(keys);
        }
    }

    @Test
    void everyTopicInTheRuleTableIsListed() throws Exception {
        for (var field : List.of("UA1", "A2", "A1")) {
            var table = RuleTopics.class.getDeclaredField(field);
            table.setAccessible(true);
            @SuppressWarnings("unchecked")
            var topics = ((java.util.Map<String, String>) table.get(null)).values();
            assertThat(RuleTopics.TOPICS).as(field).containsAll(topics);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConformanceMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
