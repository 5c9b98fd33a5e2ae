package org.peersupport.portal.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peersupport.portal.account.SignInStamp;

/**
 * Signs a person in through Jakarta Security, renewing the session id first so that a session id
 * known before sign-in is worthless after it, and remembers the account's stamps in the
 * session. Used by the sign-in and registration pages.
 */
@RequestScoped
public class SignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SignInStamp signInStamp;

    public AuthenticationStatus authenticate(HttpServletResponse response, String email, String password) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        rememberStamps(request, status);
        return status;
    }

    /** The stamps the roles were read with; SessionStampFilter compares them on every request. */
    private void rememberStamps(HttpServletRequest signedIn, AuthenticationStatus status) {
        if (status == AuthenticationStatus.SUCCESS && signInStamp.getStamps() != null) {
            signedIn.getSession().setAttribute(SessionStampFilter.SIGNED_IN_STAMPS, signInStamp.getStamps());
        }
    }
}
