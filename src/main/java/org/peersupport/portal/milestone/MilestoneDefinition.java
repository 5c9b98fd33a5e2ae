package org.peersupport.portal.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A milestone staff have defined: what it is called, its emblem, and the rule that reaches it. */
@Entity
@Table(name = "milestone_definition")
@NamedQuery(name = MilestoneDefinition.ACTIVE, query = "SELECT d FROM MilestoneDefinition d WHERE d.active = TRUE ORDER BY d.rule, d.threshold, d.name")
@NamedQuery(name = MilestoneDefinition.ALL, query = "SELECT d FROM MilestoneDefinition d ORDER BY d.active DESC, d.rule, d.threshold, d.name")
@NamedQuery(name = MilestoneDefinition.ACTIVE_COUNTING, query = "SELECT d FROM MilestoneDefinition d WHERE d.active = TRUE AND d.rule IN :rules")
public class MilestoneDefinition {

    static final String ACTIVE = "MilestoneDefinition.active";
    static final String ALL = "MilestoneDefinition.all";
    static final String ACTIVE_COUNTING = "MilestoneDefinition.activeCounting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneIcon icon;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false)
    private MilestoneRule rule;

    @Column(nullable = false)
    private int threshold;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MilestoneDefinition() {
        // for JPA
    }

    MilestoneDefinition(MilestoneDefinitionDetails details, long createdBy, Instant now) {
        apply(details, now);
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Changes the words, the emblem or the rule. Awards already given stay: a milestone once
     * reached is never taken back by a change of rule, only by a revocation.
     */
    void apply(MilestoneDefinitionDetails details, Instant now) {
        MilestoneDefinitionDetails clean = details.normalised();
        this.name = clean.name();
        this.description = clean.description();
        this.icon = clean.icon();
        this.rule = clean.rule();
        this.threshold = clean.threshold();
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public MilestoneDefinitionDetails details() {
        return new MilestoneDefinitionDetails(name, description, icon, rule, threshold);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public MilestoneIcon getIcon() {
        return icon;
    }

    public MilestoneRule getRule() {
        return rule;
    }

    public int getThreshold() {
        return threshold;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
