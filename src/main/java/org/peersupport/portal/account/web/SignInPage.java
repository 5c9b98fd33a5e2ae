package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.SignInThrottle;
import org.peersupport.portal.account.SuspendedSignIn;
import org.peersupport.portal.account.UnavailableSignIn;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.DatabaseOutage;
import org.peersupport.portal.shared.web.LocalPath;

/** login.xhtml: a plain (non-Ajax) form, so a refused attempt can answer HTTP 429 with the page. */
@Named
@RequestScoped
public class SignInPage {

    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SignIn signIn;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SuspendedSignIn suspended;

    @Inject
    private UnavailableSignIn unavailable;

    private String email;
    private String password;
    private String returnTo;

    /** When a protected page forwarded here, or a public page sent the member, remember it so sign-in can return to it. */
    @PostConstruct
    void rememberRequestedPage() {
        HttpServletRequest request = Faces.getRequest();
        Object requested = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        if (requested != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            returnTo = query == null ? requested.toString() : requested + "?" + query;
        } else if (request.getParameter("returnTo") != null) {
            // A public page's "Sign in to …" link (a workshop's sign-up): back there afterwards, if it is ours.
            String asked = request.getParameter("returnTo");
            returnTo = LocalPath.orHome(asked).equals(asked) && !"/".equals(asked) ? asked : null;
        }
    }

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        String address = request.getRemoteAddr();
        if (throttle.isRefused(email, address)) {
            response.setStatus(TOO_MANY_REQUESTS);
            Messages.addGlobalError(Bundle.text("signin.throttled"));
            return;
        }
        AuthenticationStatus status = signIn.authenticate(response, email, password);
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS -> {
                throttle.recordSuccess(email);
                Faces.redirect(returnTo == null ? "member/dashboard.xhtml"
                        : Faces.getRequestContextPath() + LocalPath.orHome(returnTo));
            }
            default -> {
                if (unavailable.isUnavailable()) {
                    // not the member's mistake: no count towards the lock-out
                    response.setStatus(DatabaseOutage.STATUS);
                    Messages.addGlobalError(Bundle.text("signin.unavailable"));
                    return;
                }
                throttle.recordFailure(email, address);
                Messages.addGlobalError(suspended.getUntil() == null ? Bundle.text("signin.failed")
                        : Bundle.text("signin.suspended", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                .withLocale(Faces.getLocale()).withZone(suspended.getZone()).format(suspended.getUntil())
                                + " (" + suspended.getZone().getId() + ")"));
            }
        }
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
