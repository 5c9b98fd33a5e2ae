package org.peersupport.portal.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * {@code converter="portal.id"} on every view parameter that names a stored thing: a positive
 * long, or a conversion error that {@link ViewParameterGuard} answers with 404.
 */
@FacesConverter("portal.id")
public class IdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return PageParameters.id(value).stream().boxed().findFirst()
                .orElseThrow(() -> new ConverterException("not an id: " + abbreviated(value)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
