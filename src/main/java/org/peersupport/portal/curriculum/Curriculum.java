package org.peersupport.portal.curriculum;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A facilitator's curriculum as a draft: its details and ordered sessions, edited freely by its
 * owner. Publishing snapshots the draft into a new numbered {@link CurriculumVersion}; the draft
 * stays editable and later edits never reach a published version.
 */
@Entity
@Table(name = "curriculum")
@NamedQuery(name = Curriculum.OWNED_BY, query = "SELECT c FROM Curriculum c WHERE c.ownerId = :owner ORDER BY c.updatedAt DESC")
public class Curriculum {

    static final String OWNED_BY = "Curriculum.ownedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String audience;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The number of the newest published version; 0 while it has never been published. */
    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @OneToMany(mappedBy = "curriculum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CurriculumSession> sessions = new ArrayList<>();

    @Version
    private long version;

    protected Curriculum() {
    }

    public Curriculum(long ownerId, CurriculumDetails details, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        edit(details, now);
    }

    public void edit(CurriculumDetails details, Instant now) {
        CurriculumDetails clean = details.normalised();
        title = clean.title();
        audience = clean.audience();
        description = clean.description();
        updatedAt = now;
    }

    public CurriculumSession addSession(SessionContent content, Instant now) {
        if (sessions.size() >= CurriculumLimits.SESSIONS_MAX) {
            throw new IllegalStateException("A curriculum has at most " + CurriculumLimits.SESSIONS_MAX + " sessions");
        }
        CurriculumSession session = new CurriculumSession(this, sessions.size() + 1, content);
        sessions.add(session);
        updatedAt = now;
        return session;
    }

    public void editSession(int index, SessionContent content, Instant now) {
        sessionAt(index).write(content);
        updatedAt = now;
    }

    /** Moves the session one place earlier; the first one stays where it is. */
    public void moveUp(int index, Instant now) {
        sessionAt(index);
        if (index > 0) {
            Collections.swap(sessions, index, index - 1);
            renumber(now);
        }
    }

    /** Moves the session one place later; the last one stays where it is. */
    public void moveDown(int index, Instant now) {
        sessionAt(index);
        if (index < sessions.size() - 1) {
            Collections.swap(sessions, index, index + 1);
            renumber(now);
        }
    }

    public void removeSession(int index, Instant now) {
        sessionAt(index);
        sessions.remove(index);
        renumber(now);
    }

    /** Where a session stands in the order, by its id. */
    public int indexOf(long sessionId) {
        for (int i = 0; i < sessions.size(); i++) {
            if (Objects.equals(sessions.get(i).getId(), sessionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No session " + sessionId + " in curriculum " + id);
    }

    /** Freezes the draft as it is now into the next numbered version. */
    public CurriculumVersion publish(long publisherId, Instant now) {
        if (sessions.isEmpty()) {
            throw new IllegalStateException("A curriculum needs at least one session before it is published");
        }
        latestVersion++;
        return new CurriculumVersion(this, latestVersion, publisherId, now);
    }

    /** A new draft with this draft's content, owned by whoever made the copy. */
    public Curriculum duplicate(long newOwnerId, String copyTitle, Instant now) {
        Curriculum copy = new Curriculum(newOwnerId, new CurriculumDetails(copyTitle, audience, description), now);
        sessions.forEach(session -> copy.addSession(session.content(), now));
        return copy;
    }

    public boolean isOwnedBy(long accountId) {
        return ownerId == accountId;
    }

    public boolean isPublished() {
        return latestVersion > 0;
    }

    private CurriculumSession sessionAt(int index) {
        if (index < 0 || index >= sessions.size()) {
            throw new IllegalArgumentException("No session at place " + index);
        }
        return sessions.get(index);
    }

    private void renumber(Instant now) {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).renumber(i + 1);
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public List<CurriculumSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    public CurriculumDetails details() {
        return new CurriculumDetails(title, audience, description);
    }
}
