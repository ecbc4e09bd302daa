package nl.statenwerk.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.statenwerk.council.StandardCoded;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one source object, failing the object with a clear message on a bad value. */
final class Fields {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JsonNode node;

    Fields(JsonNode node) {
        if (!node.isObject()) {
            throw new ObjectFailure(
                    "geen JSON-object maar " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        this.node = node;
    }

    JsonNode node() {
        return node;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    @Nullable
    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String text = value.asString().strip();
            return text.isEmpty() ? null : text;
        }
        throw new ObjectFailure("veld '" + field + "' moet tekst zijn");
    }

    String required(String field) {
        String value = text(field);
        if (value == null) {
            throw new ObjectFailure("verplicht veld '" + field + "' ontbreekt");
        }
        return value;
    }

    @Nullable
    Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new ObjectFailure("veld '" + field + "' moet true of false zijn");
        }
        return value.asBoolean();
    }

    @Nullable
    Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ObjectFailure("veld '" + field + "' moet een geheel getal zijn");
        }
        return value.asInt();
    }

    @Nullable
    Long longValue(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ObjectFailure("veld '" + field + "' moet een geheel getal zijn");
        }
        return value.asLong();
    }

    /** A date; a date-time is accepted and taken as its date in Dutch time. */
    @Nullable
    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10
                    ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).atZoneSameInstant(AMSTERDAM).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ObjectFailure("veld '" + field + "' is geen geldige datum: '" + value + "'");
        }
    }

    /** A date-time; a date alone is taken as midnight Dutch time. */
    @Nullable
    OffsetDateTime dateTime(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10
                    ? LocalDate.parse(value).atStartOfDay(AMSTERDAM).toOffsetDateTime()
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ObjectFailure("veld '" + field + "' is geen geldig tijdstip: '" + value + "'");
        }
    }

    /** A value from one of the standard's lists; an unknown value fails the object. */
    <E extends Enum<E> & StandardCoded> @Nullable E coded(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return StandardCoded.fromCode(type, value)
                .orElseThrow(() -> new ObjectFailure("onbekende waarde '" + value + "' in veld '" + field + "'"));
    }

    /** A value that must be one of the given ones (a value list we keep as text). */
    @Nullable
    String oneOf(String field, java.util.Collection<String> allowed) {
        String value = text(field);
        if (value != null && !allowed.contains(value)) {
            throw new ObjectFailure("onbekende waarde '" + value + "' in veld '" + field + "'");
        }
        return value;
    }

    /** The url of a reference: a {@code {"id","url"}} object (VerwijzingNaarResource) or a plain url string. */
    @Nullable
    String ref(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : refUrl(field, value);
    }

    List<String> refs(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ObjectFailure("veld '" + field + "' moet een lijst zijn");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode item : value) {
            urls.add(refUrl(field, item));
        }
        return urls;
    }

    private static String refUrl(String field, JsonNode value) {
        if (value.isString() && !value.asString().isBlank()) {
            return value.asString().strip();
        }
        if (value.isObject()) {
            JsonNode url = value.get("url");
            if (url != null && url.isString() && !url.asString().isBlank()) {
                return url.asString().strip();
            }
            JsonNode id = value.get("id");
            if (id != null && id.isString() && id.asString().startsWith("http")) {
                return id.asString().strip();
            }
        }
        throw new ObjectFailure("verwijzing in veld '" + field + "' heeft geen url");
    }
}
