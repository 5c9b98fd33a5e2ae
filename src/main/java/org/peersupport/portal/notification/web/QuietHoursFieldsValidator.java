package org.peersupport.portal.notification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalTime;
import java.util.List;
import org.omnifaces.validator.MultiFieldValidator;
import org.peersupport.portal.notification.QuietHours;

/**
 * The quiet-hours pair on member/notification-settings.xhtml: two different times, or none. Only the
 * "must differ" half is judged here; o:validateAllOrNone says when one of the two is missing.
 */
@Named
@ApplicationScoped
public class QuietHoursFieldsValidator implements MultiFieldValidator {

    @Override
    public boolean validateValues(FacesContext context, List<UIInput> components, List<Object> values) {
        LocalTime start = (LocalTime) values.get(0);
        LocalTime end = (LocalTime) values.get(1);
        return start == null || end == null || QuietHours.acceptable(start, end);
    }
}
