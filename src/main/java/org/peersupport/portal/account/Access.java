package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.LongPredicate;
import org.peersupport.portal.shared.NotPermittedException;

/**
 * The one rule of who may act in a staff role: the person holds the role, or is an admin (who may
 * act in every role). Services ask here instead of checking roles themselves; a refusal is a
 * {@link NotPermittedException}, which pages and files answer as 404 in one place.
 */
@ApplicationScoped
public class Access {

    @Inject
    private AccountService accounts;

    /** The acting account, if it may act as the role; otherwise refused with the reason (for the log, never shown). */
    public Account require(long actorId, Role role, String refusal) {
        Account actor = accounts.findAccount(actorId).orElseThrow(() -> new NotPermittedException(refusal));
        if (!mayActAs(actor, role)) {
            throw new NotPermittedException(refusal);
        }
        return actor;
    }

    /**
     * The acting account, if it may act in the role on one object: an admin on every object, a
     * holder of the role only on what is theirs ({@code theirs} tests the actor's id, e.g. a cohort's facilitators).
     */
    public Account require(long actorId, Role role, LongPredicate theirs, String refusal) {
        Account actor = accounts.findAccount(actorId).orElseThrow(() -> new NotPermittedException(refusal));
        if (!mayActAs(actor, role, theirs.test(actorId))) {
            throw new NotPermittedException(refusal);
        }
        return actor;
    }

    public boolean mayActAs(long actorId, Role role) {
        return accounts.findAccount(actorId).map(actor -> mayActAs(actor, role)).orElse(false);
    }

    public static boolean mayActAs(Account actor, Role role) {
        return actor.holds(role) || actor.holds(Role.ADMIN);
    }

    /** Whether the actor may act in the role on an object: an admin always, a holder of the role only when it is theirs. */
    public static boolean mayActAs(Account actor, Role role, boolean theirs) {
        return actor.holds(Role.ADMIN) || (theirs && actor.holds(role));
    }
}
