package org.peersupport.portal.forum;

/** Where a person stands with a private group. Only {@link #MEMBER} opens it. */
public enum MembershipStatus {
    INVITED,
    REQUESTED,
    MEMBER
}
