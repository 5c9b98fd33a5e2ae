package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.peersupport.portal.shared.audit.AuditTrail;

/** Writes every grant and removal of a role to the audit trail, inside the transaction that made it. */
@ApplicationScoped
class RoleChangeAudit {

    @Inject
    private AuditTrail auditTrail;

    void onRoleChanged(@Observes RoleChanged change) {
        auditTrail.record(change.actorId(), change.granted() ? AccountAudit.ROLE_GRANTED : AccountAudit.ROLE_REVOKED,
                AuditTrail.SUBJECT_ACCOUNT, change.accountId(), change.role().name());
    }
}
