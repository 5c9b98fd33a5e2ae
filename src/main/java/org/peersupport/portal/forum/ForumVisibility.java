package org.peersupport.portal.forum;

/** Who sees a forum: every member, or only the members invited into a private group. */
public enum ForumVisibility {
    OPEN,
    PRIVATE
}
