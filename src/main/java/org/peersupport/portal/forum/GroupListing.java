package org.peersupport.portal.forum;

/** A private group as listed for one member: their status with it, or null when they are not in it. */
public record GroupListing(Forum forum, MembershipStatus status) {

    public boolean isMember() {
        return status == MembershipStatus.MEMBER;
    }
}
