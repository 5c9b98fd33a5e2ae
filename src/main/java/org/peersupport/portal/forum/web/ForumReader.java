package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The signed-in person as the forum sees them: their id, and whether they are staff. Worked out
 * once per request: a page asks for every post, and a role check through the SecurityContext
 * costs a JNDI lookup each time (it was the topic page's hottest frame).
 */
@Named
@RequestScoped
public class ForumReader {

    @Inject
    private Viewer currentMember;

    @Inject
    private HttpServletRequest request;

    private Reader reader;

    public Reader reader() {
        if (reader == null) {
            reader = new Reader(currentMember.getId(),
                    request.isUserInRole(Role.MODERATOR.name()) || request.isUserInRole(Role.ADMIN.name()));
        }
        return reader;
    }

    public boolean isStaff() {
        return reader().staff();
    }
}
