package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.account.RoleChanged;

/** A member is told when a coordinator gives them a new role (in the same transaction as the grant). */
@ApplicationScoped
public class RoleNotices {

    @Inject
    private NotificationService notifications;

    void onRoleChanged(@Observes RoleChanged change) {
        if (change.granted() && change.actorId() != null && change.role() != Role.MEMBER) {
            notifications.notify(change.accountId(), NotificationKind.ROLE_GRANTED, "/member/dashboard.xhtml",
                    List.of(change.role().name()));
        }
    }
}
