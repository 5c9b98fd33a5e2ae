package org.peersupport.portal.curriculum.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.curriculum.CurriculumAudit;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortSession;
import org.peersupport.portal.curriculum.cohort.EnrolmentStatus;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.InstantConverter;

/**
 * Attendance, homework and progress in cohorts. Facilitators of the cohort (or admins) mark
 * enrolled members at held sessions (started, not cancelled) and read figures and reflections; a
 * member reads only their own record and writes only their own homework. Marking is audited and
 * fires {@link SessionAttended} and, once per member and cohort, {@link ProgrammeCompleted}.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    public static final String ATTENDANCE_MARKED = CurriculumAudit.ATTENDANCE_MARKED.name();

    private static final String STAFF_ONLY = "Only the cohort's facilitators, or an admin, see and mark attendance";

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

    @Inject
    private Event<SessionAttended> sessionAttended;

    @Inject
    private Event<ProgrammeCompleted> programmeCompleted;

    /** One session of a cohort with its version title; held = started and not cancelled. */
    public record SessionRef(long id, int number, String title, Instant startsAt, Instant endsAt, boolean cancelled, boolean started) {
        static SessionRef of(long id, int number, String title, Instant startsAt, int minutes, boolean cancelled, Instant now) {
            return new SessionRef(id, number, title, startsAt, startsAt.plus(Duration.ofMinutes(minutes)), cancelled, !startsAt.isAfter(now));
        }

        public boolean held() {
            return started && !cancelled;
        }
    }

    /** A line of the attendance sheet: an enrolled member and their mark, if any. */
    public record SheetRow(long memberId, String displayName, Optional<AttendanceMark> mark, Optional<Instant> markedAt) {}

    public record AttendanceSheet(long cohortId, String cohortName, String curriculumTitle, SessionRef session,
            List<SessionRef> sessions, List<SheetRow> rows) {}

    /** One session as a member's own record: their mark and homework. */
    public record SessionRecord(SessionRef session, Optional<AttendanceMark> mark, boolean homeworkDone, Optional<String> reflection) {}

    /**
     * A member's progress: {@code attended} sessions (present or late) of {@code sessionsInProgramme}
     * (the non-cancelled ones), homework done for {@code homeworkDone} of the {@code held} sessions.
     */
    public record MemberProgress(long cohortId, long memberId, List<SessionRecord> sessions, int attended, int sessionsInProgramme,
            int homeworkDone, int held, boolean completed) {
        public int percent() {
            return sessionsInProgramme == 0 ? 0 : Math.round(100f * attended / sessionsInProgramme);
        }
    }

    public record SessionFigures(SessionRef session, AttendanceCounts counts) {}

    public record AtRisk(long memberId, String displayName, Set<DropoutRisk.Reason> reasons) {}

    /** A member's homework for one session, as the cohort's staff read it. */
    public record MemberReflection(long memberId, String displayName, int sessionNumber, String sessionTitle, boolean done,
            Optional<String> reflection) {}

    public record CohortFigures(long cohortId, String cohortName, String curriculumTitle, int enrolled, AttendanceCounts total,
            List<SessionFigures> sessions, int homeworkDone, List<AtRisk> atRisk, List<MemberReflection> reflections) {}

    // ---- attendance (staff) ----

    /** The roster of enrolled members with their marks for one session (one query for both). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceSheet sheet(long actorId, long cohortSessionId) {
        Cohort cohort = cohortOfSession(cohortSessionId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        CurriculumVersion version = em.find(CurriculumVersion.class, cohort.getVersionId());
        List<SessionRef> sessions = refs(cohort, version);
        SessionRef session = sessions.stream().filter(s -> s.id() == cohortSessionId).findFirst().orElseThrow();
        List<SheetRow> rows = em.createQuery("SELECT e.memberId, acc.displayName, a.mark, a.markedAt FROM Enrolment e"
                        + " JOIN Account acc ON acc.id = e.memberId"
                        + " LEFT JOIN Attendance a ON a.memberId = e.memberId AND a.cohortSessionId = :session"
                        + " WHERE e.cohortId = :cohort AND e.status = :enrolled ORDER BY acc.displayName", Object[].class)
                .setParameter("session", cohortSessionId).setParameter("cohort", cohort.getId())
                .setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultList().stream()
                .map(r -> new SheetRow((Long) r[0], (String) r[1], Optional.ofNullable((AttendanceMark) r[2]),
                        Optional.ofNullable(r[3]).map(org.peersupport.portal.shared.persistence.InstantConverter::fromStored)))
                .toList();
        return new AttendanceSheet(cohort.getId(), cohort.getName(), version.getTitle(), session, sessions, rows);
    }

    /** Marks one enrolled member at a held session (changing an earlier mark); audited. */
    public Attendance mark(long actorId, long cohortSessionId, long memberId, @NotNull AttendanceMark mark) {
        Cohort cohort = lockedCohortOfSession(cohortSessionId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        CohortSession session = requireHeld(cohort, cohortSessionId);
        if (statusOf(cohort.getId(), memberId).filter(EnrolmentStatus.ENROLLED::equals).isEmpty()) {
            throw new NotFoundException("enrolled member " + memberId + " in cohort " + cohort.getId());
        }
        return markHeld(actorId, cohort, session, memberId, mark);
    }

    /** Marks PRESENT every enrolled member not yet marked at this session; marks already given stay. Returns how many. */
    public int markRestPresent(long actorId, long cohortSessionId) {
        Cohort cohort = lockedCohortOfSession(cohortSessionId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        CohortSession session = requireHeld(cohort, cohortSessionId);
        Set<Long> marked = em.createNamedQuery(Attendance.OF_SESSIONS, Attendance.class)
                .setParameter("sessions", List.of(cohortSessionId)).getResultStream()
                .map(Attendance::getMemberId).collect(Collectors.toSet());
        List<Long> rest = enrolledIds(cohort.getId()).stream().filter(m -> !marked.contains(m)).toList();
        rest.forEach(m -> markHeld(actorId, cohort, session, m, AttendanceMark.PRESENT));
        return rest.size();
    }

    private Attendance markHeld(long actorId, Cohort cohort, CohortSession session, long memberId, AttendanceMark mark) {
        Instant now = clock.instant();
        Attendance attendance = em.createNamedQuery(Attendance.OF_MEMBER_AT, Attendance.class)
                .setParameter("session", session.getId()).setParameter("member", memberId).getResultStream().findFirst().orElse(null);
        boolean attendedBefore = attendance != null && attendance.getMark().attended();
        if (attendance == null) {
            attendance = new Attendance(session.getId(), memberId, mark, actorId, now);
            em.persist(attendance);
        } else {
            attendance.remark(mark, actorId, now);
        }
        em.flush();
        audit.record(actorId, CurriculumAudit.ATTENDANCE_MARKED, CohortService.SUBJECT_COHORT, cohort.getId(),
                "session " + session.getNumber() + ", member " + memberId + ": " + mark);
        if (mark.attended() && !attendedBefore) {
            sessionAttended.fire(new SessionAttended(memberId, cohort.getId(), session.getId(), session.getNumber(), session.getStartsAt()));
        }
        checkCompletion(cohort, memberId, now);
        return attendance;
    }

    /** Stores and announces a completion once the member meets the rule (never twice: see CompletionRule). */
    private void checkCompletion(Cohort cohort, long memberId, Instant now) {
        List<CohortSession> running = cohort.getSessions().stream().filter(s -> !s.isCancelled()).toList();
        if (running.isEmpty() || running.get(running.size() - 1).getStartsAt().isAfter(now)) {
            return;
        }
        long attended = em.createNamedQuery(Attendance.OF_MEMBER_IN, Attendance.class)
                .setParameter("sessions", running.stream().map(CohortSession::getId).toList()).setParameter("member", memberId)
                .getResultStream().filter(a -> a.getMark().attended()).count();
        if (!CompletionRule.completes((int) attended, running.size(), true) || isCompleted(cohort.getId(), memberId)) {
            return;
        }
        em.persist(new ProgrammeCompletion(cohort.getId(), memberId, cohort.getVersionId(), now));
        em.flush();
        programmeCompleted.fire(new ProgrammeCompleted(memberId, cohort.getId(), cohort.getVersionId(), now));
    }

    // ---- homework (the member) ----

    /** The member's own homework for a held session: done or not, and an optional private reflection. */
    public Homework saveHomework(long memberId, long cohortSessionId, boolean done,
            @Size(max = Homework.REFLECTION_MAX) String reflection) {
        Cohort cohort = cohortOfSession(cohortSessionId);
        if (statusOf(cohort.getId(), memberId).filter(EnrolmentStatus.ENROLLED::equals).isEmpty()) {
            throw new NotPermittedException("Only members with a place keep homework in this cohort");
        }
        requireHeld(cohort, cohortSessionId);
        Homework homework = em.createNamedQuery(Homework.OF_MEMBER_AT, Homework.class).setParameter("session", cohortSessionId)
                .setParameter("member", memberId).getResultStream().findFirst().orElse(null);
        if (homework == null) {
            homework = new Homework(cohortSessionId, memberId);
            homework.update(done, reflection, clock.instant());
            em.persist(homework);
        } else {
            homework.update(done, reflection, clock.instant());
        }
        em.flush();
        return homework;
    }

    // ---- reading ----

    /** A member's own record in a cohort; only that member and the cohort's staff may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberProgress memberProgress(long actorId, long cohortId, long memberId) {
        if (actorId != memberId) {
            Cohort cohort = cohort(cohortId);
            access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        }
        // The sessions with the member's marks, homework and completion in one statement, the cohort itself not
        // read: this runs on every view of the cohort page, and cohorts are not in the shared cache (see Cohort).
        List<Object[]> rows = em.createQuery("SELECT s.id, s.number, s.startsAt, s.durationMinutes, s.cancelled, c.versionId,"
                + " a.mark, h.doneAt, h.reflection,"
                + " (SELECT COUNT(p) FROM ProgrammeCompletion p WHERE p.cohortId = :cohort AND p.memberId = :member)"
                + " FROM CohortSession s JOIN s.cohort c LEFT JOIN Attendance a ON a.cohortSessionId = s.id AND a.memberId = :member"
                + " LEFT JOIN Homework h ON h.cohortSessionId = s.id AND h.memberId = :member WHERE c.id = :cohort"
                + " ORDER BY s.number", Object[].class)
                .setParameter("cohort", cohortId).setParameter("member", memberId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("cohort " + cohortId); // a cohort has at least one session
        }
        var content = em.find(CurriculumVersion.class, rows.get(0)[5]).getSessions();
        Instant now = clock.instant();
        List<SessionRecord> records = rows.stream().map(row -> {
            int number = (Integer) row[1];
            SessionRef session = SessionRef.of((Long) row[0], number, content.get(number - 1).getTitle(),
                    InstantConverter.fromStored(row[2]), (Integer) row[3], (Boolean) row[4], now);
            return new SessionRecord(session, Optional.ofNullable((AttendanceMark) row[6]), row[7] != null,
                    Optional.ofNullable((String) row[8]));
        }).toList();
        boolean completed = ((Number) rows.get(0)[9]).longValue() > 0;
        List<SessionRef> sessions = records.stream().map(SessionRecord::session).toList();
        int attended = (int) records.stream().filter(r -> !r.session().cancelled() && r.mark().filter(AttendanceMark::attended).isPresent()).count();
        int running = (int) sessions.stream().filter(s -> !s.cancelled()).count();
        int done = (int) records.stream().filter(r -> r.session().held() && r.homeworkDone()).count();
        int held = (int) sessions.stream().filter(SessionRef::held).count();
        return new MemberProgress(cohortId, memberId, records, attended, running, done, held, completed);
    }

    /** Attendance and no-show rates, marks per session, members at risk and reflections: for the cohort's staff only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortFigures figures(long actorId, long cohortId) {
        Cohort cohort = cohort(cohortId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        CurriculumVersion version = em.find(CurriculumVersion.class, cohort.getVersionId());
        List<SessionRef> sessions = refs(cohort, version);
        List<Long> ids = sessions.stream().map(SessionRef::id).toList();
        Map<Long, String> roster = new LinkedHashMap<>();
        em.createQuery("SELECT e.memberId, acc.displayName FROM Enrolment e JOIN Account acc ON acc.id = e.memberId"
                        + " WHERE e.cohortId = :cohort AND e.status = :enrolled ORDER BY acc.displayName", Object[].class)
                .setParameter("cohort", cohortId).setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultList()
                .forEach(r -> roster.put((Long) r[0], (String) r[1]));
        List<Attendance> marks = em.createNamedQuery(Attendance.OF_SESSIONS, Attendance.class).setParameter("sessions", ids).getResultList();
        List<Homework> homework = em.createNamedQuery(Homework.OF_SESSIONS, Homework.class).setParameter("sessions", ids).getResultList();

        Set<Long> heldIds = sessions.stream().filter(SessionRef::held).map(SessionRef::id).collect(Collectors.toSet());
        List<Attendance> counted = marks.stream().filter(a -> heldIds.contains(a.getCohortSessionId())).toList();
        Map<Long, List<AttendanceMark>> bySession = new HashMap<>();
        Map<Long, Map<Long, AttendanceMark>> byMember = new HashMap<>();
        counted.forEach(a -> {
            bySession.computeIfAbsent(a.getCohortSessionId(), k -> new ArrayList<>()).add(a.getMark());
            byMember.computeIfAbsent(a.getMemberId(), k -> new HashMap<>()).put(a.getCohortSessionId(), a.getMark());
        });
        List<SessionFigures> perSession = sessions.stream().filter(SessionRef::held)
                .map(s -> new SessionFigures(s, AttendanceCounts.of(bySession.getOrDefault(s.id(), List.of())))).toList();
        AttendanceCounts total = AttendanceCounts.of(counted.stream().filter(a -> roster.containsKey(a.getMemberId()))
                .map(Attendance::getMark).toList());

        Map<Long, Set<Long>> doneByMember = new HashMap<>();
        homework.stream().filter(h -> h.isDone() && heldIds.contains(h.getCohortSessionId()))
                .forEach(h -> doneByMember.computeIfAbsent(h.getMemberId(), k -> new HashSet<>()).add(h.getCohortSessionId()));
        List<Long> heldInOrder = sessions.stream().filter(SessionRef::held).map(SessionRef::id).toList();
        Set<Long> markedSessions = bySession.keySet();
        List<AtRisk> atRisk = roster.entrySet().stream()
                .map(m -> new AtRisk(m.getKey(), m.getValue(), DropoutRisk.of(heldInOrder, markedSessions,
                        byMember.getOrDefault(m.getKey(), Map.of()), doneByMember.getOrDefault(m.getKey(), Set.of()))))
                .filter(r -> !r.reasons().isEmpty()).toList();

        Map<Long, SessionRef> refById = sessions.stream().collect(Collectors.toMap(SessionRef::id, s -> s));
        List<MemberReflection> reflections = homework.stream().filter(h -> roster.containsKey(h.getMemberId()))
                .filter(h -> h.isDone() || h.getReflection().isPresent())
                .map(h -> new MemberReflection(h.getMemberId(), roster.get(h.getMemberId()), refById.get(h.getCohortSessionId()).number(),
                        refById.get(h.getCohortSessionId()).title(), h.isDone(), h.getReflection()))
                .sorted(Comparator.comparing(MemberReflection::displayName).thenComparing(MemberReflection::sessionNumber))
                .toList();
        int homeworkDone = doneByMember.entrySet().stream().filter(e -> roster.containsKey(e.getKey())).mapToInt(e -> e.getValue().size()).sum();
        return new CohortFigures(cohortId, cohort.getName(), version.getTitle(), roster.size(), total, perSession, homeworkDone,
                atRisk, reflections);
    }

    /** The session a facilitator most likely marks now: the latest held one, else the first not cancelled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long sessionToMark(long actorId, long cohortId) {
        Cohort cohort = cohort(cohortId);
        access.require(actorId, Role.FACILITATOR, cohort::isFacilitatedBy, STAFF_ONLY);
        Instant now = clock.instant();
        List<CohortSession> running = cohort.getSessions().stream().filter(s -> !s.isCancelled()).toList();
        List<CohortSession> candidates = running.isEmpty() ? cohort.getSessions() : running;
        return candidates.stream().filter(s -> !s.getStartsAt().isAfter(now)).reduce((a, b) -> b)
                .orElse(candidates.get(0)).getId();
    }

    // ---- helpers ----

    private boolean isCompleted(long cohortId, long memberId) {
        return em.createNamedQuery(ProgrammeCompletion.COUNT_OF, Long.class).setParameter("cohort", cohortId)
                .setParameter("member", memberId).getSingleResult() > 0;
    }

    private List<SessionRef> refs(Cohort cohort, CurriculumVersion version) {
        Instant now = clock.instant();
        var content = version.getSessions();
        return cohort.getSessions().stream().map(s -> SessionRef.of(s.getId(), s.getNumber(), content.get(s.getNumber() - 1).getTitle(),
                s.getStartsAt(), s.getDurationMinutes(), s.isCancelled(), now)).toList();
    }

    private CohortSession requireHeld(Cohort cohort, long cohortSessionId) {
        CohortSession session = cohort.session(cohortSessionId);
        if (session.isCancelled()) {
            throw new SessionNotHeldException("session " + session.getNumber() + " was cancelled");
        }
        if (session.getStartsAt().isAfter(clock.instant())) {
            throw new SessionNotHeldException("session " + session.getNumber() + " has not started");
        }
        return session;
    }

    private List<Long> enrolledIds(long cohortId) {
        return em.createQuery("SELECT e.memberId FROM Enrolment e WHERE e.cohortId = :cohort AND e.status = :enrolled", Long.class)
                .setParameter("cohort", cohortId).setParameter("enrolled", EnrolmentStatus.ENROLLED).getResultList();
    }

    private Optional<EnrolmentStatus> statusOf(long cohortId, long memberId) {
        return em.createQuery("SELECT e.status FROM Enrolment e WHERE e.cohortId = :cohort AND e.memberId = :member", EnrolmentStatus.class)
                .setParameter("cohort", cohortId).setParameter("member", memberId).getResultStream().findFirst();
    }


    private Cohort cohort(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new NotFoundException("cohort " + cohortId);
        }
        return cohort;
    }

    private Cohort cohortOfSession(long cohortSessionId) {
        // The cohort itself selected (not s.cohort): EclipseLink cannot batch-fetch its facilitators for a
        // relationship selected in a report query ("query-batch-parameter" does not match, EclipseLink-6094).
        return em.createQuery("SELECT c FROM Cohort c JOIN c.sessions s WHERE s.id = :id", Cohort.class)
                .setParameter("id", cohortSessionId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("cohort session " + cohortSessionId));
    }

    /** The session's cohort with its row locked, so marks (and a completion) for it are saved one at a time. */
    private Cohort lockedCohortOfSession(long cohortSessionId) {
        Cohort cohort = cohortOfSession(cohortSessionId);
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        return cohort;
    }
}
