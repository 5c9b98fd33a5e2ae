package org.peersupport.portal.curriculum;

import org.peersupport.portal.shared.audit.AuditAction;

/** Curricula, cohorts, attendance and calendar feeds: the steps the audit trail records. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum CurriculumAudit implements AuditAction {
    CURRICULUM_CREATED,
    CURRICULUM_EDITED,
    CURRICULUM_SESSION_ADDED,
    CURRICULUM_SESSION_EDITED,
    CURRICULUM_SESSION_MOVED,
    CURRICULUM_SESSION_REMOVED,
    CURRICULUM_PUBLISHED,
    CURRICULUM_DUPLICATED,
    COHORT_CREATED,
    COHORT_FACILITATOR_ADDED,
    COHORT_SESSION_MOVED,
    COHORT_SESSION_CANCELLED,
    COHORT_JOINED,
    COHORT_PLACE_REQUESTED,
    COHORT_REQUEST_APPROVED,
    COHORT_REQUEST_DECLINED,
    COHORT_MEMBER_INVITED,
    COHORT_INVITATION_ACCEPTED,
    COHORT_INVITATION_DECLINED,
    COHORT_LEFT,
    ATTENDANCE_MARKED,
    CALENDAR_FEED_CREATED,
    CALENDAR_FEED_REPLACED
}
