package nl.statenwerk.api;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds an object's identity at its source ({@code sourceId}: the ODS-ORI url or OParl id it was imported from) to
 * its standard representation. Neither standard has a field for it; both leave objects open to extra properties, and
 * clients that synchronise with the original system need it to match objects.
 */
final class SourceIds {

    private SourceIds() {}

    static Object withSourceId(JsonMapper json, Object view, Record object) {
        String sourceId = sourceIdOf(object);
        if (sourceId == null) {
            return view;
        }
        ObjectNode node = json.valueToTree(view);
        node.put("sourceId", sourceId);
        return node;
    }

    static @Nullable String sourceIdOf(Record object) {
        for (var component : object.getClass().getRecordComponents()) {
            if (component.getName().equals("sourceId")) {
                try {
                    return (String) component.getAccessor().invoke(object);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
