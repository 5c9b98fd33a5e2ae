package org.peersupport.portal.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Sign-in is {@link SessionFormMechanism}; the protected pages are listed in
 * web.xml.
 */
@DeclareRoles({"MEMBER", "MENTOR", "FACILITATOR", "MODERATOR", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
