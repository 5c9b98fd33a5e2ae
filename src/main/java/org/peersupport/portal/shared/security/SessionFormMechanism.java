package org.peersupport.portal.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Form sign-in through our own Faces page (which shows messages, keeps the input and rate-limits);
 * a protected page asked for by a visitor shows the sign-in form in its place (a forward) and the
 * form returns there after sign-in.
 * <p>
 * This replaces {@code @CustomFormAuthenticationMechanismDefinition}, whose session handling
 * ({@code @AutoApplySession}) hands the container the caller without the groups on every later
 * request, and Payara 6 then looks the groups up through state shared between threads: under
 * concurrent requests of different sessions about one in twenty answered 403 on a page the member
 * may see (payara/Payara#6145). Here the session keeps the caller's name and groups as they were
 * when they signed in, and every request hands both to the container explicitly. Roles changed
 * later are {@code SessionStampFilter}'s business, as before.
 */
@ApplicationScoped
public class SessionFormMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the {@link SignedInCaller}. */
    static final String CALLER = "portal.signedInCaller";
    /** Shown in place of a protected page to a visitor; it returns to that page after sign-in (SignInPage). */
    static final String SIGN_IN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(CALLER,
                        new SignedInCaller(result.getCallerPrincipal().getName(), List.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), Set.copyOf(caller.groups()));
        }
        // Not @LoginToContinue: its interceptor sends every protected request to the sign-in page before
        // the session is asked, and the page itself remembers where to return (SignInPage.returnTo).
        return context.isProtected() ? context.forward(SIGN_IN_PAGE) : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Plain strings, so the session replicates across a cluster as it is. */
    record SignedInCaller(String name, List<String> groups) implements Serializable {}
}
