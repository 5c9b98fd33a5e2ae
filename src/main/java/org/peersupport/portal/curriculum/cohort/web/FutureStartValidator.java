package org.peersupport.portal.curriculum.cohort.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.web.Bundle;

/** A session moves only to a time still to come, read in the cohort's zone (the input's "zone" attribute). */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "cohortFutureStart", managed = true)
public class FutureStartValidator implements Validator<LocalDateTime> {

    @Inject
    private Clock clock;

    @Override
    public void validate(FacesContext context, UIComponent component, LocalDateTime start) {
        ZoneId zone = (ZoneId) component.getAttributes().get("zone");
        if (start != null && !start.atZone(zone).toInstant().isAfter(clock.instant())) {
            throw new ValidatorException(Messages.createError(Bundle.text(context, "cohort.move.past")));
        }
    }
}
