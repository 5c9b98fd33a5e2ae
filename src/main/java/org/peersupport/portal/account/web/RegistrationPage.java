package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.account.RegistrationRefusedException;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;

/** register.xhtml: join, then arrive signed in on the dashboard. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private SignIn signIn;

    @Inject
    private LocaleSelection localeSelection;

    private final Registration registration = new Registration();

    @PostConstruct
    void prefill() {
        registration.setLanguage(localeSelection.getLocale().getLanguage());
        registration.setTimeZone(ZoneId.of("Europe/London"));
    }

    /** {@code email}, {@code displayName}: the inputs where a refusal from a race with another sign-up is shown. */
    public void register(UIComponent email, UIComponent displayName) throws IOException {
        try {
            accounts.register(registration);
        } catch (RegistrationRefusedException e) {
            switch (e.getReason()) {
                case EMAIL_TAKEN -> Messages.addError(email.getClientId(), Bundle.text("account.email.taken"));
                case DISPLAY_NAME_TAKEN ->
                    Messages.addError(displayName.getClientId(), Bundle.text("account.displayName.taken"));
            }
            return;
        }
        signIn.authenticate(Faces.getResponse(), registration.getEmail(), registration.getPassword());
        Faces.getFlash().setKeepMessages(true);
        Messages.addFlashGlobalInfo(Bundle.text("registration.welcome", registration.getDisplayName()));
        Faces.redirect("member/dashboard.xhtml");
    }

    public Registration getRegistration() {
        return registration;
    }
}
