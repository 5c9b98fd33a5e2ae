package org.peersupport.portal.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * {@code converter="portal.page"} on a list's page number: 1 to {@link PageParameters#MAX_PAGE},
 * so that an offset computed from it cannot overflow; anything else answers 404.
 */
@FacesConverter("portal.page")
public class PageNumberConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return PageParameters.page(value).stream().boxed().findFirst()
                .orElseThrow(() -> new ConverterException("not a page number: " + IdConverter.abbreviated(value)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
