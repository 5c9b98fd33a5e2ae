package org.peersupport.portal.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.web.Bundle;

/** Tells a registering person at once that an e-mail address is already registered. */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesValidator(value = "uniqueEmail", managed = true)
public class UniqueEmailValidator implements Validator<String> {

    @Inject
    private AccountService accounts;

    @Override
    public void validate(FacesContext context, UIComponent component, String email) {
        if (email != null && accounts.isEmailTaken(email)) {
            throw new ValidatorException(Messages.createError(Bundle.text(context, "account.email.taken")));
        }
    }
}
