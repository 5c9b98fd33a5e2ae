package org.peersupport.portal.notification;

/**
 * What a notice is about. Each kind has a default channel, which a member can change, and only
 * notices to staff about someone in crisis ignore quiet hours; those cannot be turned down either.
 */
public enum NotificationKind {
    ROLE_GRANTED(Channel.EMAIL, false),
    REPLY(Channel.IN_APP, false),
    QUOTED(Channel.IN_APP, false),
    MENTIONED(Channel.IN_APP, false),
    GROUP_INVITATION(Channel.EMAIL, false),
    POST_APPROVED(Channel.IN_APP, false),
    POST_REMOVED(Channel.EMAIL, false),
    FLAG_OUTCOME(Channel.IN_APP, false),
    MODERATOR_WARNING(Channel.EMAIL, false),
    MATCH_PROPOSED(Channel.EMAIL, false),
    MENTOR_APPLICATION_DECIDED(Channel.EMAIL, false),
    MENTORSHIP_OFFERED(Channel.EMAIL, false),
    MENTORSHIP_STARTED(Channel.EMAIL, false),
    MENTORSHIP_ENDED(Channel.IN_APP, false),
    WAITLIST_PROMOTED(Channel.EMAIL, false),
    SESSION_REMINDER(Channel.EMAIL, false),
    WORKSHOP_REMINDER(Channel.EMAIL, false),
    WORKSHOP_CHANGED(Channel.EMAIL, false),
    WORKSHOP_POSTPONED(Channel.EMAIL, false),
    WORKSHOP_CANCELLED(Channel.EMAIL, false),
    WORKSHOP_OFFER_EXPIRED(Channel.EMAIL, false),
    COHORT_SESSION_MOVED(Channel.EMAIL, false),
    COHORT_SESSION_CANCELLED(Channel.EMAIL, false),
    COHORT_INVITATION(Channel.EMAIL, false),
    COHORT_PLACE_CONFIRMED(Channel.EMAIL, false),
    /** Private news: in the portal only unless the member asks for e-mail. */
    MILESTONE_REACHED(Channel.IN_APP, false),
    /** The member's data export is ready to download (for 24 hours). */
    DATA_EXPORT_READY(Channel.EMAIL, false),
    CRISIS_ALERT(Channel.EMAIL, true),
    CRISIS_ESCALATED(Channel.EMAIL, true),
    /** A moderator is asked to look within hours: in the portal at once, by e-mail outside quiet hours. */
    LOOK_SOON_ALERT(Channel.EMAIL, false),
    LOOK_SOON_ESCALATED(Channel.EMAIL, false),
    /** About the account itself: always by e-mail (see ErasureMails), never a choice. */
    ERASURE_REQUESTED(Channel.EMAIL, false),
    ACCOUNT_ERASED(Channel.EMAIL, false);

    private final Channel defaultChannel;
    private final boolean ignoresQuietHours;

    NotificationKind(Channel defaultChannel, boolean ignoresQuietHours) {
        this.defaultChannel = defaultChannel;
        this.ignoresQuietHours = ignoresQuietHours;
    }

    public Channel defaultChannel() {
        return defaultChannel;
    }

    public boolean ignoresQuietHours() {
        return ignoresQuietHours;
    }
}
