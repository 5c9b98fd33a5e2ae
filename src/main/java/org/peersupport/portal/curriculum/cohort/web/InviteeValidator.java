package org.peersupport.portal.curriculum.cohort.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import org.omnifaces.util.Messages;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.shared.web.Bundle;

/**
 * Tells the facilitator next to the field that no member has the e-mail address, or that it is a
 * facilitator's of this cohort (the input's "cohort" attribute), before the invitation is sent.
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "cohortInvitee", managed = true)
public class InviteeValidator implements Validator<String> {

    @Inject
    private CohortService cohorts;

    @Override
    public void validate(FacesContext context, UIComponent component, String email) {
        if (email == null) {
            return;
        }
        long cohortId = (Long) component.getAttributes().get("cohort");
        cohorts.invitationRefusal(cohortId, email).ifPresent(reason -> {
            throw new ValidatorException(Messages.createError(Bundle.text(context, reason)));
        });
    }
}
