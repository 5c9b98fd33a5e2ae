package org.peersupport.portal.curriculum.cohort;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.Role;

/** A group running one published curriculum version: its facilitators, places, schedule and how members join. */
@Entity
// Not in the shared cache: under 16 concurrent readers of the programmes and cohort pages, EclipseLink's
// cloning of cached cohorts and their sessions left read locks behind and those pages hung for good
// (WriteLockManager.acquireLocksForClone; eclipse-ee4j/eclipselink#2609). Issue 20, third session.
@Table(name = "cohort")
@NamedQuery(name = Cohort.FACILITATED_BY, query = "SELECT c FROM Cohort c JOIN c.facilitatorIds f WHERE f = :facilitator ORDER BY c.createdAt DESC")
@NamedQuery(name = Cohort.JOINABLE, query = "SELECT c FROM Cohort c WHERE c.mode <> :invitation ORDER BY c.createdAt DESC")
public class Cohort {

    static final String FACILITATED_BY = "Cohort.facilitatedBy";
    static final String JOINABLE = "Cohort.joinable";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_mode", nullable = false)
    private EnrolmentMode mode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN) // one statement for a whole list of cohorts, not one per cohort
    @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "account_id")
    private Set<Long> facilitatorIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<CohortSession> sessions = new ArrayList<>();

    protected Cohort() {
    }

    /** A cohort with one session per version session, dated by the weekly rule in the cohort's zone. */
    public Cohort(long versionId, int sessionCount, CohortDetails details, WeeklyRule rule, long createdBy, Instant now) {
        if (sessionCount < 1) {
            throw new IllegalArgumentException("a cohort runs a version with at least one session");
        }
        this.versionId = versionId;
        this.name = details.name().strip();
        this.capacity = details.capacity();
        this.timeZone = details.timeZone().getId();
        this.location = details.location().strip();
        this.mode = details.mode();
        this.createdBy = createdBy;
        this.createdAt = now;
        facilitatorIds.add(createdBy);
        List<Instant> starts = rule.starts(sessionCount, details.timeZone());
        for (int i = 0; i < starts.size(); i++) {
            sessions.add(new CohortSession(this, i + 1, starts.get(i), rule.durationMinutes()));
        }
    }

    public boolean isFacilitatedBy(long accountId) {
        return facilitatorIds.contains(accountId);
    }

    /** Its facilitators (while they hold the role) and admins manage a cohort, see its members and take attendance. */
    public boolean isManagedBy(Account actor) {
        return Access.mayActAs(actor, Role.FACILITATOR, isFacilitatedBy(actor.getId()));
    }

    void addFacilitator(long accountId) {
        facilitatorIds.add(accountId);
    }

    public CohortSession session(long sessionId) {
        return sessions.stream().filter(s -> s.getId() != null && s.getId() == sessionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no session " + sessionId + " in cohort " + id));
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** Package-private: pages get it only through a cohort view that checks who is looking. */
    String getLocation() {
        return location;
    }

    public EnrolmentMode getMode() {
        return mode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getFacilitatorIds() {
        return Collections.unmodifiableSet(facilitatorIds);
    }

    public List<CohortSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }
}
