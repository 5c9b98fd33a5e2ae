package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.account.web.CurrentMember;
import org.peersupport.portal.forum.Reader;

/** The signed-in person as the forum sees them: their id, and whether they are staff (from their roles, no query). */
@Named
@RequestScoped
public class ForumReader {

    @Inject
    private CurrentMember currentMember;

    @Inject
    private SecurityContext security;

    public Reader reader() {
        return new Reader(currentMember.getId(), isStaff());
    }

    public boolean isStaff() {
        return security.isCallerInRole(Role.MODERATOR.name()) || security.isCallerInRole(Role.ADMIN.name());
    }
}
