package nl.statenwerk.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.ClassPathResource;

/**
 * The organisations a DiWoo publisher may be (the TOOI lists that {@code diwoo:organisatielijst} unites), read from the
 * shipped {@code diwoo-metadata-lijsten.xsd}: a code we write is one the schema accepts.
 *
 * @param all every organisation's URI with its label, e.g. {@code .../provincie/pv24} "provincie Flevoland"
 * @param provinces the provinces among them
 */
record Organisations(Map<String, String> all, Map<String, String> provinces) {

    static final String LISTS = "standards/diwoo/diwoo-metadata-lijsten.xsd";

    /** The member lists of {@code organisatielijst} in diwoo-metadata.xsd. */
    private static final Set<String> ORGANISATION_LISTS = Set.of(
            "collijst",
            "gemeentelijst",
            "ministerielijst",
            "provincielijst",
            "oorglijst",
            "solijst",
            "waterschapslijst",
            "zbolijst");

    static Organisations load() {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> provinces = new LinkedHashMap<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = new ClassPathResource(LISTS).getInputStream()) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String list = null;
            String value = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "simpleType" -> list = r.getAttributeValue(null, "name");
                        case "enumeration" ->
                            value = list != null && ORGANISATION_LISTS.contains(list)
                                    ? r.getAttributeValue(null, "value")
                                    : null;
                        case "p" -> {
                            if (value != null) {
                                String label = r.getElementText().strip();
                                all.put(value, label);
                                if ("provincielijst".equals(list)) {
                                    provinces.put(value, label);
                                }
                                value = null;
                            }
                        }
                        default -> {}
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + LISTS, e);
        }
        return new Organisations(Map.copyOf(all), Map.copyOf(provinces));
    }
}
