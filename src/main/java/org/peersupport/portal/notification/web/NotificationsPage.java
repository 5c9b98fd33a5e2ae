package org.peersupport.portal.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.peersupport.portal.notification.NoticeText;
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.web.LocalPath;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** member/notifications.xhtml: the member's notices, newest first, a page at a time. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private NotificationBell bell;

    private final LazyDataModel<Notification> notices = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(notifications.count(currentMember.getId()));
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return notifications.page(currentMember.getId(), first, pageSize);
        }
    };

    public String text(Notification notice) {
        return NoticeText.of(notice.getKind(), notice.getParams(), localeSelection.getLocale(),
                currentMember.getTimeZone());
    }

    /** Opens what the notice is about, marking it read. */
    public void open(Notification notice) throws IOException {
        notifications.markRead(currentMember.getId(), notice.getId());
        Faces.redirect(Faces.getRequestContextPath() + LocalPath.orHome(notice.getLink()));
    }

    public void markRead(Notification notice) {
        notifications.markRead(currentMember.getId(), notice.getId());
        bell.refresh();
    }

    public void markAllRead() {
        notifications.markAllRead(currentMember.getId());
        bell.refresh();
    }

    public LazyDataModel<Notification> getNotices() {
        return notices;
    }
}
