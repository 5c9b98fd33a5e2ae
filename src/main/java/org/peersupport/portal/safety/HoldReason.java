package org.peersupport.portal.safety;

import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ReviewItem;

/** Why a post was held for a moderator, in the groups the safety report counts. */
public enum HoldReason {
    CRISIS,
    WATCHED,
    NEW_MEMBER,
    OTHER;

    static final String WATCHED_REASON = "moderation.reason.watched";
    static final String NEW_MEMBER_REASON = "moderation.reason.newMember";

    /** The group of a held item (kind HELD_POST or CRISIS_ALERT), from its kind and reason key. */
    static HoldReason of(ReviewItem.Kind kind, String reasonKey) {
        if (kind == ReviewItem.Kind.CRISIS_ALERT || ModerationService.CRISIS_REASON.equals(reasonKey)) {
            return CRISIS;
        }
        if (WATCHED_REASON.equals(reasonKey)) {
            return WATCHED;
        }
        return NEW_MEMBER_REASON.equals(reasonKey) ? NEW_MEMBER : OTHER;
    }
}
