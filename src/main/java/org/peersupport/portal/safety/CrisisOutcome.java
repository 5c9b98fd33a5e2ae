package org.peersupport.portal.safety;

/** How a crisis alert ended, as the moderator who closed it recorded it. */
public enum CrisisOutcome {
    /** A moderator reached the member, who is safe for now and knows where help is. */
    MEMBER_SAFE,
    /** The member's care team or clinic was told and has taken over. */
    REFERRED_TO_CARE_TEAM,
    /** Emergency services were called. */
    EMERGENCY_SERVICES,
    /** Every attempt to reach the member failed; the care team was told where there is one. */
    NO_RESPONSE,
    /** On reading it, not a crisis (a quotation, a story, a past event). */
    NOT_A_CRISIS
}
