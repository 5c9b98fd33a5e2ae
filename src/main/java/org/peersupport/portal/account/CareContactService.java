package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * The member's optional care contact: given, changed and withdrawn by the member only, read by
 * moderators (and admins) only. Each change is audited without the contact's details.
 */
@ApplicationScoped
@Transactional
public class CareContactService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    /** The member's own care contact, if they gave one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CareContact> own(long memberId) {
        return Optional.ofNullable(em.find(CareContact.class, memberId));
    }

    /** Gives or changes the member's care contact; saving the same details again changes nothing. */
    public CareContact save(long memberId, @NotNull @Valid CareContactDetails details) {
        CareContact contact = em.find(CareContact.class, memberId);
        if (contact == null) {
            contact = new CareContact(memberId, details, clock.instant());
            em.persist(contact);
            audit.record(memberId, AccountAudit.CARE_CONTACT_GIVEN, AuditTrail.SUBJECT_ACCOUNT, memberId, null);
        } else if (!contact.sameAs(details)) {
            contact.change(details, clock.instant());
            audit.record(memberId, AccountAudit.CARE_CONTACT_CHANGED, AuditTrail.SUBJECT_ACCOUNT, memberId, null);
        }
        return contact;
    }

    /** Deletes the member's care contact; false when there was none. */
    public boolean withdraw(long memberId) {
        CareContact contact = em.find(CareContact.class, memberId);
        if (contact == null) {
            return false;
        }
        em.remove(contact);
        audit.record(memberId, AccountAudit.CARE_CONTACT_WITHDRAWN, AuditTrail.SUBJECT_ACCOUNT, memberId, null);
        return true;
    }

    /** A member's care contact for a moderator (or admin) who believes they may be at risk; refused to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CareContact> forStaff(long actorId, long memberId) {
        access.require(actorId, Role.MODERATOR, "Only moderators may read a member's care contact");
        return Optional.ofNullable(em.find(CareContact.class, memberId));
    }
}
