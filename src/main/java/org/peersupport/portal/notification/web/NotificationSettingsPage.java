package org.peersupport.portal.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.notification.Channel;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.notification.NotificationSettings;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** member/notification-settings.xhtml: a channel per kind of notice, and quiet hours. */
@Named
@ViewScoped
public class NotificationSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Kinds a member may receive; crisis alerts go to staff and are not theirs to turn off. */
    private static final List<NotificationKind> MEMBER_KINDS = List.of(NotificationKind.REPLY,
            NotificationKind.MATCH_PROPOSED, NotificationKind.WAITLIST_PROMOTED, NotificationKind.SESSION_REMINDER,
            NotificationKind.WORKSHOP_REMINDER, NotificationKind.WORKSHOP_CHANGED, NotificationKind.COHORT_SESSION_MOVED, NotificationKind.COHORT_SESSION_CANCELLED,
            NotificationKind.COHORT_INVITATION, NotificationKind.MILESTONE_REACHED, NotificationKind.ROLE_GRANTED);

    @Inject
    private NotificationService notifications;

    @Inject
    private Viewer currentMember;

    private final Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
    private LocalTime quietStart;
    private LocalTime quietEnd;

    @PostConstruct
    void load() {
        channels.putAll(notifications.channels(currentMember.getId()));
        NotificationSettings settings = notifications.settingsOf(currentMember.getId());
        quietStart = settings.getQuietStart();
        quietEnd = settings.getQuietEnd();
    }

    public void save() {
        Map<NotificationKind, Channel> chosen = new EnumMap<>(NotificationKind.class);
        MEMBER_KINDS.forEach(kind -> chosen.put(kind, channels.get(kind)));
        notifications.saveSettings(currentMember.getId(), chosen, quietStart, quietEnd);
        Messages.addGlobalInfo(Bundle.text("notifications.settings.saved"));
    }

    public List<NotificationKind> getKinds() {
        return MEMBER_KINDS;
    }

    public Channel[] getChannelOptions() {
        return Channel.values();
    }

    public Map<NotificationKind, Channel> getChannels() {
        return channels;
    }

    public LocalTime getQuietStart() {
        return quietStart;
    }

    public void setQuietStart(LocalTime quietStart) {
        this.quietStart = quietStart;
    }

    public LocalTime getQuietEnd() {
        return quietEnd;
    }

    public void setQuietEnd(LocalTime quietEnd) {
        this.quietEnd = quietEnd;
    }
}
