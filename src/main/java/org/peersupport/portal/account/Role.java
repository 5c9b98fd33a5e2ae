package org.peersupport.portal.account;

/** What a person may do on the portal. One person may hold several roles. */
public enum Role {
    MEMBER,
    MENTOR,
    FACILITATOR,
    MODERATOR,
    ADMIN;

    /** Role names as declared to Jakarta Security and in web.xml. */
    public static final String MEMBER_NAME = "MEMBER";
    public static final String ADMIN_NAME = "ADMIN";
}
