package org.peersupport.portal.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Curriculum authoring. Facilitators (and admins) write curricula; only the owner or an admin
 * edits one, any facilitator reads published versions and copies them. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class CurriculumService {

    public static final String SUBJECT_CURRICULUM = "CURRICULUM";
    /** The title of a copy when the caller gives none: "Copy of …". */
    public static final String COPY_TITLE = "Copy of {0}";
    private static final String FACILITATORS_ONLY = "Only facilitators write and read curricula";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    /** A published curriculum's newest version, with its owner's display name. */
    public record PublishedCurriculum(CurriculumVersion version, String ownerName) {}

    /** A version's sessions as one printable PDF. */
    public record Handouts(String title, int versionNumber, byte[] pdf) {}

    public Curriculum create(long actorId, @NotNull @Valid CurriculumDetails details) {
        access.require(actorId, Role.FACILITATOR, FACILITATORS_ONLY);
        Curriculum curriculum = new Curriculum(actorId, details, clock.instant());
        em.persist(curriculum);
        em.flush();
        audit.record(actorId, CurriculumAudit.CURRICULUM_CREATED, SUBJECT_CURRICULUM, curriculum.getId(), curriculum.getTitle());
        return curriculum;
    }

    public Curriculum editDetails(long actorId, long curriculumId, @NotNull @Valid CurriculumDetails details) {
        Curriculum curriculum = editable(actorId, curriculumId);
        curriculum.edit(details, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_EDITED, SUBJECT_CURRICULUM, curriculumId, null);
        return loaded(curriculum);
    }

    public Curriculum addSession(long actorId, long curriculumId, @NotNull @Valid SessionContent content) {
        Curriculum curriculum = editable(actorId, curriculumId);
        CurriculumSession session = curriculum.addSession(content, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_SESSION_ADDED, SUBJECT_CURRICULUM, curriculumId, "session " + session.getNumber());
        return loaded(curriculum);
    }

    public Curriculum editSession(long actorId, long curriculumId, long sessionId, @NotNull @Valid SessionContent content) {
        Curriculum curriculum = editable(actorId, curriculumId);
        int index = sessionIndex(curriculum, sessionId);
        curriculum.editSession(index, content, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_SESSION_EDITED, SUBJECT_CURRICULUM, curriculumId, "session " + (index + 1));
        return loaded(curriculum);
    }

    public Curriculum moveSessionUp(long actorId, long curriculumId, long sessionId) {
        Curriculum curriculum = editable(actorId, curriculumId);
        int index = sessionIndex(curriculum, sessionId);
        curriculum.moveUp(index, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_SESSION_MOVED, SUBJECT_CURRICULUM, curriculumId, "session " + (index + 1) + " up");
        return loaded(curriculum);
    }

    public Curriculum moveSessionDown(long actorId, long curriculumId, long sessionId) {
        Curriculum curriculum = editable(actorId, curriculumId);
        int index = sessionIndex(curriculum, sessionId);
        curriculum.moveDown(index, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_SESSION_MOVED, SUBJECT_CURRICULUM, curriculumId, "session " + (index + 1) + " down");
        return loaded(curriculum);
    }

    public Curriculum removeSession(long actorId, long curriculumId, long sessionId) {
        Curriculum curriculum = editable(actorId, curriculumId);
        int index = sessionIndex(curriculum, sessionId);
        String title = curriculum.getSessions().get(index).getTitle();
        curriculum.removeSession(index, clock.instant());
        audit.record(actorId, CurriculumAudit.CURRICULUM_SESSION_REMOVED, SUBJECT_CURRICULUM, curriculumId, "session " + (index + 1) + ": " + title);
        return loaded(curriculum);
    }

    /** Freezes the draft into its next version (1, 2, …). The row lock keeps two publishers from taking one number. */
    public CurriculumVersion publish(long actorId, long curriculumId) {
        Curriculum curriculum = editable(actorId, curriculumId);
        CurriculumVersion version = curriculum.publish(actorId, clock.instant());
        em.persist(version);
        em.flush();
        audit.record(actorId, CurriculumAudit.CURRICULUM_PUBLISHED, SUBJECT_CURRICULUM, curriculumId, "version " + version.getNumber());
        version.getSessions().size();
        return version;
    }

    /**
     * A new draft for the actor. The owner or an admin copies the draft as it is; any other
     * facilitator copies the newest published version (someone else's draft stays theirs).
     *
     * @param copyTitlePattern the copy's title, {0} standing for the original's (e.g. {@link #COPY_TITLE})
     */
    public Curriculum duplicate(long actorId, long curriculumId, @NotNull String copyTitlePattern) {
        Account actor = access.require(actorId, Role.FACILITATOR, FACILITATORS_ONLY);
        Curriculum original = find(curriculumId);
        Instant now = clock.instant();
        Curriculum copy;
        if (Access.mayActAs(actor, Role.FACILITATOR, original.isOwnedBy(actorId))) {
            copy = original.duplicate(actorId, copyTitle(copyTitlePattern, original.getTitle()), now);
        } else if (original.isPublished()) {
            CurriculumVersion latest = versionNumbered(curriculumId, original.getLatestVersion());
            copy = latest.duplicate(actorId, copyTitle(copyTitlePattern, latest.getTitle()), now);
        } else {
            throw new NotFoundException("curriculum " + curriculumId);
        }
        em.persist(copy);
        em.flush();
        audit.record(actorId, CurriculumAudit.CURRICULUM_DUPLICATED, SUBJECT_CURRICULUM, copy.getId(), "copy of curriculum " + curriculumId);
        return loaded(copy);
    }

    /** A new draft for the actor from one published version, as it was published. */
    public Curriculum duplicateVersion(long actorId, long versionId, @NotNull String copyTitlePattern) {
        CurriculumVersion version = version(actorId, versionId);
        Curriculum copy = version.duplicate(actorId, copyTitle(copyTitlePattern, version.getTitle()), clock.instant());
        em.persist(copy);
        em.flush();
        audit.record(actorId, CurriculumAudit.CURRICULUM_DUPLICATED, SUBJECT_CURRICULUM, copy.getId(),
                "copy of version " + version.getNumber() + " of curriculum " + version.getCurriculumId());
        return loaded(copy);
    }

    /** The draft with its sessions, for its owner or an admin; to anyone else it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Curriculum draft(long actorId, long curriculumId) {
        Curriculum curriculum = find(curriculumId);
        if (!mayEdit(accounts.getAccount(actorId), curriculum)) {
            throw new NotFoundException("curriculum " + curriculumId);
        }
        return loaded(curriculum);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Curriculum> ownedBy(long actorId) {
        return em.createNamedQuery(Curriculum.OWNED_BY, Curriculum.class).setParameter("owner", actorId)
                .setMaxResults(200).getResultList();
    }

    /** The newest version of every published curriculum, by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublishedCurriculum> published() {
        return em.createNamedQuery(CurriculumVersion.LATEST_PUBLISHED, Object[].class).setMaxResults(500).getResultList().stream()
                .map(row -> new PublishedCurriculum((CurriculumVersion) row[0], (String) row[1])).toList();
    }

    /** The version history, newest first (without sessions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurriculumVersion> versionsOf(long actorId, long curriculumId) {
        draft(actorId, curriculumId);
        return em.createNamedQuery(CurriculumVersion.OF_CURRICULUM, CurriculumVersion.class)
                .setParameter("curriculum", curriculumId).getResultList();
    }

    /** A published version with its sessions in order; any facilitator may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CurriculumVersion version(long actorId, long versionId) {
        access.require(actorId, Role.FACILITATOR, FACILITATORS_ONLY);
        CurriculumVersion version = em.find(CurriculumVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("curriculum version " + versionId);
        }
        version.getSessions().size();
        return version;
    }

    /** All sessions of a published version as one PDF, for whoever may read the version (see {@link #version}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Handouts handouts(long actorId, long versionId, @NotNull HandoutPdf.Labels labels) {
        CurriculumVersion version = version(actorId, versionId);
        return new Handouts(version.getTitle(), version.getNumber(), HandoutPdf.render(HandoutPdf.Handout.of(version), labels));
    }

    /** Whether the actor may edit (and so see the draft of) the curriculum. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayEdit(long actorId, long curriculumId) {
        return mayEdit(accounts.getAccount(actorId), find(curriculumId));
    }

    private static boolean mayEdit(Account actor, Curriculum curriculum) {
        return Access.mayActAs(actor, Role.FACILITATOR, curriculum.isOwnedBy(actor.getId()));
    }

    private Curriculum editable(long actorId, long curriculumId) {
        Curriculum curriculum = em.find(Curriculum.class, curriculumId, LockModeType.PESSIMISTIC_WRITE);
        if (curriculum == null) {
            throw new NotFoundException("curriculum " + curriculumId);
        }
        if (!mayEdit(accounts.getAccount(actorId), curriculum)) {
            throw new NotPermittedException("Only the facilitator who wrote a curriculum, or an admin, edits it");
        }
        return curriculum;
    }

    private Curriculum find(long curriculumId) {
        Curriculum curriculum = em.find(Curriculum.class, curriculumId);
        if (curriculum == null) {
            throw new NotFoundException("curriculum " + curriculumId);
        }
        return curriculum;
    }

    private CurriculumVersion versionNumbered(long curriculumId, int number) {
        return em.createNamedQuery(CurriculumVersion.OF_CURRICULUM, CurriculumVersion.class)
                .setParameter("curriculum", curriculumId).getResultStream()
                .filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("version " + number + " of curriculum " + curriculumId));
    }

    private static int sessionIndex(Curriculum curriculum, long sessionId) {
        try {
            return curriculum.indexOf(sessionId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("session " + sessionId);
        }
    }


    private static String copyTitle(String pattern, String title) {
        String copy = new MessageFormat(pattern).format(new Object[] {title});
        return copy.length() <= CurriculumLimits.TITLE_MAX ? copy : copy.substring(0, CurriculumLimits.TITLE_MAX - 1) + "…";
    }

    /** Sessions read now, so pages can show them after the transaction. */
    private static Curriculum loaded(Curriculum curriculum) {
        curriculum.getSessions().size();
        return curriculum;
    }
}
