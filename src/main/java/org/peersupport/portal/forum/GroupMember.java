package org.peersupport.portal.forum;

/** Someone in, invited to or asking to join a private group, for staff. */
public record GroupMember(long accountId, String displayName, MembershipStatus status) {}
