package org.peersupport.portal.mentoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import org.omnifaces.util.Messages;
import org.peersupport.portal.mentoring.MentoringService.MentorChoice;
import org.peersupport.portal.mentoring.ProposalService;
import org.peersupport.portal.shared.web.Bundle;

/**
 * Tells the coordinator next to the field why the engine's rules refuse this mentor for the
 * proposal (the input's "proposal" attribute): not taking mentees, already proposed, no shared language.
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "overrideMentor", managed = true)
public class OverrideMentorValidator implements Validator<MentorChoice> {

    @Inject
    private ProposalService proposals;

    @Override
    public void validate(FacesContext context, UIComponent component, MentorChoice mentor) {
        if (mentor == null) {
            return;
        }
        long proposalId = (Long) component.getAttributes().get("proposal");
        proposals.overrideRefusal(proposalId, mentor.accountId()).ifPresent(reason -> {
            throw new ValidatorException(Messages.createError(Bundle.text(context, reason)));
        });
    }
}
