package org.peersupport.portal.account;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/** The member is suspended: they may not post, chat, join or sign up for anything until it ends. */
public class MemberSuspendedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public MemberSuspendedException() {
        super("account.suspended.refused", List.of());
    }
}
