package org.peersupport.portal.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form sign-in through our own Faces page, so that the page can show messages, keep the input and
 * rate-limit. A protected page asked for by a visitor shows the sign-in form in its place
 * (forward), and the form returns there after sign-in. Pages under /member and /admin are
 * protected in web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = true, errorPage = ""))
@DeclareRoles({"MEMBER", "MENTOR", "FACILITATOR", "MODERATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
