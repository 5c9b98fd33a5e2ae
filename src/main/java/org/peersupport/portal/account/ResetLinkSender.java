package org.peersupport.portal.account;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues a reset link after the asker has had their answer. An EJB's own asynchronous call, not a
 * managed executor: a task submitted to the executor carried the request's persistence context
 * along and closed it when done, under the request's feet.
 */
@Stateless
public class ResetLinkSender {

    private static final Logger LOG = Logger.getLogger(ResetLinkSender.class.getName());

    @Inject
    private PasswordResetService resets;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Void> issue(String email) {
        try {
            resets.issue(email);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A password reset link could not be issued", e);
            throw e;
        }
        return new AsyncResult<>(null);
    }
}
