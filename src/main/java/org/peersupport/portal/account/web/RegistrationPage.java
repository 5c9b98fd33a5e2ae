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
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.account.RegistrationRefusedException;
import org.peersupport.portal.account.RegistrationService;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.LocaleSelection;

/** register.xhtml: join, then "check your e-mail", whether or not the address was known. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private RegistrationService registrations;

    @Inject
    private LocaleSelection localeSelection;

    private final Registration registration = new Registration();

    @PostConstruct
    void prefill() {
        registration.setLanguage(localeSelection.getLocale().getLanguage());
        registration.setTimeZone(ZoneId.of("Europe/London"));
    }

    /** {@code displayName}: the input where a taken name is shown (names are public, so that may be said). */
    public void register(UIComponent displayName) throws IOException {
        RegistrationService.Outcome outcome;
        try {
            outcome = registrations.register(registration, Faces.getRequest().getRemoteAddr());
        } catch (RegistrationRefusedException e) {
            if (e.getReason() == RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN) {
                Messages.addError(displayName.getClientId(), Bundle.text("account.displayName.taken"));
                return;
            }
            // Lost a race with another registration of the same address: the same answer as any other.
            outcome = RegistrationService.Outcome.CHECK_YOUR_EMAIL;
        }
        if (outcome == RegistrationService.Outcome.TRY_LATER) {
            Faces.getResponse().setStatus(TOO_MANY_REQUESTS);
            Messages.addGlobalError(Bundle.text("registration.throttled"));
            return;
        }
        Faces.redirect("check-email.xhtml");
    }

    public Registration getRegistration() {
        return registration;
    }
}
