package org.peersupport.portal.testsupport;

import jakarta.transaction.UserTransaction;

/** Runs what a feature's service would run inside its own transaction, for calls that demand one. */
public final class InTransaction {

    private InTransaction() {}

    public static void run(UserTransaction transaction, Runnable work) throws Exception {
        transaction.begin();
        try {
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }
}
