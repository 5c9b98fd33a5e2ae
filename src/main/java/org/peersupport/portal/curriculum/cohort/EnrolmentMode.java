package org.peersupport.portal.curriculum.cohort;

/** How a member gets a place: join directly, ask and be approved, or be invited and accept. */
public enum EnrolmentMode {
    OPEN,
    REQUEST,
    INVITATION
}
