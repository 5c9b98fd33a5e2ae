package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * Checks one field of the milestone form against the record's own constraints (the field's
 * "property" attribute names the record component), so its words show beside the field.
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "milestoneDetails", managed = true)
public class MilestoneDetailsValidator implements Validator<Object> {

    static final String PROPERTY = "property";

    @Inject
    private MilestoneDetailsRules rules;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        String property = (String) component.getAttributes().get(PROPERTY);
        List<String> problems = rules.problems(property, value, context.getViewRoot().getLocale());
        if (!problems.isEmpty()) {
            throw new ValidatorException(problems.stream().map(problem -> (FacesMessage) Messages.createError(problem)).toList());
        }
    }
}
