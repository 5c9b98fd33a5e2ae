package org.peersupport.portal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Many members at once for race tests. Registering each would hash 200 passwords at 600,000
 * PBKDF2 iterations (over a minute on two cores), so the rows are copied from one registered
 * member in one statement: same hash and settings, new e-mail and display name.
 */
@ApplicationScoped
public class TestCrowd {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Transactional
    public List<Long> copiesOf(long templateId, int count) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        em.createNativeQuery("INSERT INTO account (email, password_hash, display_name, time_zone, language, guidelines_version,"
                + " guidelines_accepted_at, privacy_version, privacy_accepted_at, created_at)"
                + " SELECT CONCAT('crowd-', ?1, '-', s.seq, '@example.org'), a.password_hash, CONCAT('Crowd ', ?1, ' ', s.seq),"
                + " a.time_zone, a.language, a.guidelines_version, a.guidelines_accepted_at, a.privacy_version, a.privacy_accepted_at,"
                + " a.created_at FROM account a JOIN seq_1_to_10000 s ON s.seq <= ?2 WHERE a.id = ?3")
                .setParameter(1, batch).setParameter(2, count).setParameter(3, templateId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM account WHERE email LIKE ?1 ORDER BY id")
                .setParameter(1, "crowd-" + batch + "-%").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The waitlist numbers a race wrote for one workshop, in order: unique and gap-free when the lock held. */
    @Transactional
    public List<Integer> waitlistNumbers(long workshopId) {
        @SuppressWarnings("unchecked")
        List<Number> numbers = em.createNativeQuery("SELECT waitlist_number FROM workshop_registration WHERE workshop_id = ?1"
                + " AND status = 'WAITLISTED' ORDER BY waitlist_number").setParameter(1, workshopId).getResultList();
        return numbers.stream().map(Number::intValue).toList();
    }
}
