package org.peersupport.portal.shared.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Lets a nightly job run once per day across the cluster: the conditional update moves the job's
 * {@code last_run} (table scheduled_job_run, one row per job) to today, and only the one caller
 * whose update changed the row may go on. Its own transaction, committed before the job's work.
 */
@ApplicationScoped
public class DailyJobClaim {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate today) {
        return em.createNativeQuery("UPDATE scheduled_job_run SET last_run = ?1 WHERE job = ?2 AND last_run < ?1")
                .setParameter(1, today)
                .setParameter(2, job)
                .executeUpdate() == 1;
    }
}
