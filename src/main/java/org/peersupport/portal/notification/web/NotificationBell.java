package org.peersupport.portal.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peersupport.portal.account.web.CurrentMember;
import org.peersupport.portal.notification.NotificationService;

/** The bell in the header: one count query per page, and only for signed-in people. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    @Inject
    private CurrentMember currentMember;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount(currentMember.getId());
        }
        return unread;
    }

    /** After marking notices read in this request, count again. */
    public void refresh() {
        unread = null;
    }
}
