package org.peersupport.portal.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.PasswordPolicy;

/**
 * Says next to a new-password field why the {@link PasswordPolicy} refuses it. What it must not
 * contain comes from the optional attributes {@code email} and {@code displayName}: a String
 * (settings, reset: known from the account) or the input on the same form (registration), e.g.
 * {@code <f:validator validatorId="acceptablePassword"/><f:attribute name="email" value="#{emailInput}"/>}.
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "acceptablePassword", managed = true)
public class AcceptablePasswordValidator implements Validator<String> {

    @Inject
    private PasswordPolicy policy;

    @Override
    public void validate(FacesContext context, UIComponent component, String password) {
        if (password == null) {
            return; // required="true" says so
        }
        policy.problemWith(password, textOf(component.getAttributes().get("email")),
                textOf(component.getAttributes().get("displayName"))).ifPresent(problem -> {
                    ResourceBundle texts = ResourceBundle.getBundle("ValidationMessages", context.getViewRoot().getLocale());
                    throw new ValidatorException(Messages.createError(problem.message(texts)));
                });
    }

    /** An input's value as typed in this request (it may come later in the form), else its model value. */
    private static String textOf(Object source) {
        if (source instanceof UIInput input) {
            Object value = input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
            return value == null ? null : value.toString();
        }
        return source == null ? null : source.toString();
    }
}
