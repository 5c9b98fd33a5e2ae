package org.peersupport.portal.shared.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * {@code <portal:safeHtml value="#{…}" styleClass="…"/>}: writes sanitised HTML in a div. It
 * accepts only {@link SafeHtml}, so user text can never reach the page unescaped by mistake, and
 * pages need no {@code escape="false"}.
 */
@FacesComponent(SafeHtmlOutput.COMPONENT_TYPE)
public class SafeHtmlOutput extends UIComponentBase {

    public static final String COMPONENT_TYPE = "portal.SafeHtml";

    @Override
    public String getFamily() {
        return "portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object value = getAttributes().get("value");
        if (value != null && !(value instanceof SafeHtml)) {
            throw new IllegalArgumentException("portal:safeHtml takes SafeHtml only, not " + value.getClass().getName());
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", this);
        Object styleClass = getAttributes().get("styleClass");
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, "styleClass");
        }
        if (value != null) {
            writer.write(((SafeHtml) value).html());
        }
        writer.endElement("div");
    }
}
