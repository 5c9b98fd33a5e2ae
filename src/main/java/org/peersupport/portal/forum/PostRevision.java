package org.peersupport.portal.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post's text before an edit. Only moderators read these. */
@Entity
@Table(name = "post_revision")
@NamedQuery(name = PostRevision.OF_POST, query = "SELECT r FROM PostRevision r WHERE r.postId = :post ORDER BY r.id DESC")
public class PostRevision {

    static final String OF_POST = "PostRevision.ofPost";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_warning", updatable = false)
    private ContentWarning contentWarning;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    private long replacedBy;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected PostRevision() {
        // for JPA
    }

    PostRevision(Long postId, String body, ContentWarning contentWarning, long replacedBy, Instant replacedAt) {
        this.postId = postId;
        this.body = body;
        this.contentWarning = contentWarning;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
    }

    public String getBody() {
        return body;
    }

    public ContentWarning getContentWarning() {
        return contentWarning;
    }

    public long getReplacedBy() {
        return replacedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
