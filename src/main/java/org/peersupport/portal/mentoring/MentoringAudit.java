package org.peersupport.portal.mentoring;

import org.peersupport.portal.shared.audit.AuditAction;

/** Mentoring's audited steps: applications, matching, mentorships and the screened chat. Each has an audit.action.NAME text in both bundles (AuditActionLabelsTest). */
public enum MentoringAudit implements AuditAction {
    MENTOR_APPLICATION_SUBMITTED,
    MENTOR_APPROVED,
    MENTOR_CHANGES_ASKED,
    MENTOR_DECLINED,
    MENTOR_PAUSED,
    MENTOR_RESUMED,
    MATCHING_RUN,
    MATCH_OVERRIDDEN,
    MATCHING_PUBLISHED,
    MENTORSHIP_PAIRED,
    MENTORSHIP_ENDED_COMPLETED,
    MENTORSHIP_ENDED_REMATCH,
    MENTORSHIP_ENDED_BLOCKED,
    CHAT_MESSAGE_REPORTED,
    CHAT_REVEALED,
    CHAT_REVEALED_BEYOND_CONCERN,
    CHAT_MESSAGE_RELEASED,
    CHAT_MESSAGE_REMOVED,
    CHAT_REPORT_DISMISSED
}
