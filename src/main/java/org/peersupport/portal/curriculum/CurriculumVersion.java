package org.peersupport.portal.curriculum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A published curriculum, frozen: a copy of the draft's details and sessions as they were at
 * publishing. Written once, never changed (no setters, columns not updatable), so a programme
 * that runs on it is never rewritten by later edits of the draft.
 */
@Entity
@Cacheable // never changes once written, so every instance may keep it
@Table(name = "curriculum_version")
@NamedQuery(name = CurriculumVersion.OF_CURRICULUM,
        query = "SELECT v FROM CurriculumVersion v WHERE v.curriculumId = :curriculum ORDER BY v.number DESC")
@NamedQuery(name = CurriculumVersion.LATEST_PUBLISHED, query = "SELECT v, a.displayName FROM CurriculumVersion v, Curriculum c, Account a"
        + " WHERE c.id = v.curriculumId AND v.number = c.latestVersion AND a.id = c.ownerId ORDER BY v.title, v.id")
public class CurriculumVersion {

    static final String OF_CURRICULUM = "CurriculumVersion.ofCurriculum";
    static final String LATEST_PUBLISHED = "CurriculumVersion.latestPublished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "curriculum_id", nullable = false, updatable = false)
    private Long curriculumId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String audience;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private long publishedBy;

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CurriculumVersionSession> sessions = new ArrayList<>();

    protected CurriculumVersion() {
    }

    CurriculumVersion(Curriculum draft, int number, long publishedBy, Instant now) {
        this.curriculumId = draft.getId();
        this.number = number;
        this.title = draft.getTitle();
        this.audience = draft.getAudience();
        this.description = draft.getDescription();
        this.publishedAt = now;
        this.publishedBy = publishedBy;
        draft.getSessions().forEach(session -> sessions.add(new CurriculumVersionSession(this, session.getNumber(), session.content())));
    }

    /** A new draft from this version, owned by whoever made the copy. */
    public Curriculum duplicate(long newOwnerId, String copyTitle, Instant now) {
        Curriculum copy = new Curriculum(newOwnerId, new CurriculumDetails(copyTitle, audience, description), now);
        sessions.forEach(session -> copy.addSession(session.content(), now));
        return copy;
    }

    public Long getId() {
        return id;
    }

    public Long getCurriculumId() {
        return curriculumId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getAudience() {
        return audience;
    }

    public String getDescription() {
        return description;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getPublishedBy() {
        return publishedBy;
    }

    public List<CurriculumVersionSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }
}
