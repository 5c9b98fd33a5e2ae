package org.peersupport.portal.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.persistence.DatabaseFailure;
import org.peersupport.portal.shared.web.DatabaseOutage;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The bell in the header: one count query per page, and only for signed-in people. Without the
 * database it shows no count rather than break the page (the error page above all).
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    @Inject
    private Viewer currentMember;

    @Inject
    private HttpServletRequest request;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = DatabaseOutage.isKnown(request) ? 0L : count();
        }
        return unread;
    }

    private long count() {
        try {
            return notifications.unreadCount(currentMember.getId());
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isUnavailable(e)) {
                throw e;
            }
            DatabaseOutage.log(request, e);
            return 0;
        }
    }

    /** After marking notices read in this request, count again. */
    public void refresh() {
        unread = null;
    }
}
