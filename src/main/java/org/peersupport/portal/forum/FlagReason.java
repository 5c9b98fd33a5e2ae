package org.peersupport.portal.forum;

/** Why a member flags a post. {@link #OTHER} needs a note. */
public enum FlagReason {
    HARM_TO_SELF,
    HARM_TO_OTHERS,
    HARASSMENT,
    SPAM,
    OFF_TOPIC,
    OTHER
}
