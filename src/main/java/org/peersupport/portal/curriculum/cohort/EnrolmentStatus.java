package org.peersupport.portal.curriculum.cohort;

/** Where a member stands with a cohort; only ENROLLED takes a place. */
public enum EnrolmentStatus {
    ENROLLED,
    REQUESTED,
    INVITED,
    DECLINED,
    LEFT
}
