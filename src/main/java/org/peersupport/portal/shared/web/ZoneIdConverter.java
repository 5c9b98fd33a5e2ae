package org.peersupport.portal.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.omnifaces.util.Messages;

/** Time zones travel as their IANA id ("Europe/Madrid"). */
@FacesConverter(forClass = ZoneId.class)
public class ZoneIdConverter implements Converter<ZoneId> {

    @Override
    public ZoneId getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            FacesMessage message = Messages.createError(Bundle.text(context, "account.timeZone.unknown"));
            throw new ConverterException(message, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ZoneId value) {
        return value == null ? "" : value.getId();
    }
}
