package org.peersupport.portal.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Leaves out the few attributes PrimeFaces 15 writes that HTML forbids, so that every page passes
 * the W3C checker (AccessibilityCrawlJourneyIT). Each one is a known PrimeFaces habit, named below;
 * what they meant is already said by the element itself or by an aria-label PrimeFaces also writes.
 */
public final class ValidHtmlResponseWriter extends ResponseWriterWrapper {

    private String element = "";

    public ValidHtmlResponseWriter(ResponseWriter wrapped) {
        super(wrapped);
    }

    /** Whether HTML forbids this attribute here, among the cases PrimeFaces is known to write. */
    static boolean forbidden(String element, String attribute, Object value) {
        String text = value == null ? "" : value.toString();
        // DataTable cells are role="gridcell" in a table that is not a grid (PrimeFaces issue 11504).
        if ("td".equals(element) && "role".equals(attribute)) {
            return "gridcell".equals(text);
        }
        // Messages are list items written as role="alert", which makes them no longer items of their
        // list; the messages' container is already a live region, so each one is still announced.
        if ("li".equals(element) && "role".equals(attribute)) {
            return "alert".equals(text);
        }
        // Pop-up panels of menus, date pickers and autocompletes are made (or moved) by script, so
        // the page as sent has no element with that id; the combobox keeps its role and aria-expanded.
        if ("aria-controls".equals(attribute)) {
            return text.endsWith("_panel") || text.endsWith("_table");
        }
        // A label for a SelectOneMenu points at its <span role="combobox">, not a form control; the
        // combobox carries the label's words as its aria-label.
        return "label".equals(element) && "for".equals(attribute) && text.endsWith("_label");
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        element = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!forbidden(element, name, value)) {
            super.writeAttribute(name, value, property);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new ValidHtmlResponseWriter(getWrapped().cloneWithWriter(writer));
    }
}
