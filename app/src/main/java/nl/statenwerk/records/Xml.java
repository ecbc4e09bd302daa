package nl.statenwerk.records;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** A small indenting writer of one XML document in one namespace, for the sidecars and ORI-A files. */
final class Xml {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;
    private int depth;
    private boolean hadChild;

    Xml(String root, String namespace, String schemaLocation) {
        try {
            out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement(root);
            out.writeDefaultNamespace(namespace);
            out.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            out.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", schemaLocation);
            depth = 1;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name) {
        try {
            indent();
            out.writeStartElement(name);
            depth++;
            hadChild = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml end() {
        try {
            depth--;
            if (hadChild) {
                indent();
            }
            out.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text; nothing when the value is {@code null} or blank. */
    Xml leaf(String name, @Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        try {
            indent();
            out.writeStartElement(name);
            out.writeCharacters(value.toString());
            out.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            depth = 0;
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "\t".repeat(depth));
    }
}
