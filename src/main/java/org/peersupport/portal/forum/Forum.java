package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place to talk: an open category or a private, invitation-only group. */
@Entity
@Table(name = "forum")
@NamedQuery(name = Forum.BY_VISIBILITY,
        query = "SELECT f FROM Forum f WHERE f.visibility = :visibility ORDER BY f.position, f.name")
@NamedQuery(name = Forum.COUNT_ALL, query = "SELECT COUNT(f) FROM Forum f")
@NamedQuery(name = Forum.BY_SLUG, query = "SELECT f FROM Forum f WHERE f.slug = :slug")
@NamedQuery(name = Forum.PRIVATE_FOR_MEMBER, query = "SELECT f, m.status FROM Forum f LEFT JOIN ForumMembership m"
        + " ON m.forumId = f.id AND m.accountId = :account"
        + " WHERE f.visibility = org.peersupport.portal.forum.ForumVisibility.PRIVATE"
        + " AND (m.accountId IS NOT NULL OR f.listed = TRUE OR :staff = TRUE) ORDER BY f.position, f.name")
public class Forum {

    static final String BY_VISIBILITY = "Forum.byVisibility";
    static final String COUNT_ALL = "Forum.countAll";
    static final String BY_SLUG = "Forum.bySlug";
    static final String PRIVATE_FOR_MEMBER = "Forum.privateForMember";

    public static final int SLUG_MAX = 64;
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForumVisibility visibility;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "allows_anonymous", nullable = false)
    private boolean allowsAnonymous;

    /** A listed private group shows its name to members, who may ask to join; its content stays closed. */
    @Column(nullable = false)
    private boolean listed = true;

    @Embedded
    private SlowMode slowMode = SlowMode.off();

    protected Forum() {
        // for JPA
    }

    public Forum(String slug, String name, String description, ForumVisibility visibility, int position,
            Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.visibility = visibility;
        this.position = position;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public ForumVisibility getVisibility() {
        return visibility;
    }

    public boolean isPrivateGroup() {
        return visibility == ForumVisibility.PRIVATE;
    }

    public boolean isAllowsAnonymous() {
        return allowsAnonymous;
    }

    public boolean isListed() {
        return listed;
    }

    public SlowMode getSlowMode() {
        return slowMode == null ? SlowMode.off() : slowMode;
    }

    void allowAnonymous(boolean allowed) {
        this.allowsAnonymous = allowed;
    }

    void list(boolean listed) {
        this.listed = listed;
    }

    void slowDown(SlowMode mode) {
        this.slowMode = mode;
    }
}
