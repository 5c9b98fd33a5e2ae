package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.safety.CrisisAlert;
import org.peersupport.portal.safety.CrisisOutcome;
import org.peersupport.portal.safety.CrisisResponse;
import org.peersupport.portal.safety.SafetyPolicyFiles;
import org.peersupport.portal.shared.persistence.InstantConverter;

/**
 * Past crisis alerts over the last twelve weeks, acknowledged (two late, so escalated) and closed
 * with outcomes, so the alert list and the safety report have something to show. Every text says
 * it is a demo text: no real person wrote any of it. The held posts behind them are counted by
 * DemoReviewHistory (also in this package) on the same days. Nothing is open, so no escalation fires at start-up.
 */
@ApplicationScoped
public class DemoCrisisAlerts {

    /**
     * One alert: when (days ago, UTC time), how severe, which rule, the text, whose, and how it went
     * (minutes to acknowledge, whether it escalated first, the outcome and minutes to close; no
     * outcome: still being handled).
     */
    private record Past(int daysAgo, String time, CrisisSeverity severity, String phrase, String text, String email,
            int acknowledgeAfter, boolean escalated, CrisisOutcome outcome, int closeAfter, String note) {}

    private static final Past[] ALERTS = {
        new Past(80, "20:15", CrisisSeverity.MEDIUM, "[feel|feeling|am|im|been|getting] (so|really|very|pretty|quite) suicidal",
                "Demo text, no real person: I’ve been feeling really suicidal since the new medication.", "miembro@demo.test",
                16, false, CrisisOutcome.REFERRED_TO_CARE_TEAM, 110, null),
        new Past(71, "09:50", CrisisSeverity.HIGH, "[jump|jumping] off (a|the|this|that) [bridge|building|roof|balcony|cliff]",
                "Demo text, no real person: I keep thinking about jumping off the bridge near my flat.", "member@demo.test",
                2, false, CrisisOutcome.EMERGENCY_SERVICES, 40, "Demo note: stayed in the chat until help arrived."),
        new Past(62, "16:35", CrisisSeverity.MEDIUM, "better off dead",
                "Demo text, no real person, about a character in a novel: “he thought he was better off dead”.", "miembro@demo.test",
                27, false, CrisisOutcome.NOT_A_CRISIS, 35, null),
        new Past(52, "22:40", CrisisSeverity.HIGH, "kill myself",
                "Demo text, no real person: I keep thinking I should kill myself tonight.", "member@demo.test",
                7, false, CrisisOutcome.REFERRED_TO_CARE_TEAM, 95, "Demo note: their care team’s duty nurse called them back."),
        new Past(45, "14:05", CrisisSeverity.MEDIUM, "[want|wanting] to (just|really) die",
                "Demo text, no real person: some days I just want to die and nobody notices.", "miembro@demo.test",
                22, false, CrisisOutcome.MEMBER_SAFE, 180, null),
        new Past(38, "02:15", CrisisSeverity.MEDIUM, "better off dead",
                "Demo text, no real person: honestly I think I’d be better off dead.", "member@demo.test",
                74, true, CrisisOutcome.MEMBER_SAFE, 240, "Demo note: night shift, nobody on duty; reached them in the morning."),
        new Past(31, "19:30", CrisisSeverity.HIGH, "[end|ending] it all",
                "Demo text, no real person: I am ready to end it all this weekend.", "miembro@demo.test",
                4, false, CrisisOutcome.EMERGENCY_SERVICES, 60, null),
        new Past(24, "11:10", CrisisSeverity.MEDIUM, "[cant|cannot] go on [anymore|any longer]",
                "Demo text, no real person: I can’t go on anymore, everything is too much.", "member@demo.test",
                12, false, CrisisOutcome.MEMBER_SAFE, 120, null),
        new Past(20, "23:50", CrisisSeverity.MEDIUM, "wish i could (just) die",
                "Demo text, no real person: I wish I could just die in my sleep.", "miembro@demo.test",
                35, false, CrisisOutcome.NO_RESPONSE, 300, null),
        new Past(16, "08:20", CrisisSeverity.HIGH, "my suicide [plan|note|letter]",
                "Demo text, no real person: I have written my suicide note.", "member@demo.test",
                18, true, CrisisOutcome.REFERRED_TO_CARE_TEAM, 150, null),
        new Past(11, "17:45", CrisisSeverity.MEDIUM, "this is goodbye",
                "Demo text, no real person, quoting a film: “this is goodbye, old friend”.", "miembro@demo.test",
                9, false, CrisisOutcome.NOT_A_CRISIS, 20, null),
        new Past(6, "21:05", CrisisSeverity.HIGH, "kill myself",
                "Demo text, no real person: part of me wants to kill myself tonight.", "member@demo.test",
                3, false, CrisisOutcome.MEMBER_SAFE, 45, null),
        new Past(3, "13:30", CrisisSeverity.MEDIUM, "[dont|do not] want to wake up [tomorrow|again|anymore]",
                "Demo text, no real person: I don’t want to wake up tomorrow.", "miembro@demo.test",
                11, false, null, 0, "Demo note: checking in again this evening."),
    };

    private static final InstantConverter STORED = new InstantConverter();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CrisisResponse response;

    @Inject
    private AccountService accounts;

    /**
     * Written as rows, since the alerts lie in the past: the service raises, acknowledges and closes
     * only now. The values are those the alert itself would hold (an escalation at its deadline).
     */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) DemoDataRequested request) {
        long moderator = id("moderator@demo.test");
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        for (Past past : ALERTS) {
            long member = id(past.email());
            Instant raised = today.minusDays(past.daysAgo()).atTime(LocalTime.parse(past.time())).toInstant(ZoneOffset.UTC);
            Instant deadline = response.policy().deadlineFor(past.severity(), raised);
            Instant acknowledged = raised.plus(Duration.ofMinutes(past.acknowledgeAfter()));
            boolean closed = past.outcome() != null;
            em.createNativeQuery("INSERT INTO crisis_alert (source, source_id, member_id, severity, matched_rule, excerpt,"
                            + " review_link, status, raised_at, acknowledge_by, told_on_duty, acknowledged_at, acknowledged_by,"
                            + " escalated_at, closed_at, closed_by, outcome)"
                            + " VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, FALSE, ?10, ?11, ?12, ?13, ?14, ?15)")
                    .setParameter(1, ModerationService.SOURCE_FORUM_POST)
                    .setParameter(2, member)
                    .setParameter(3, past.severity().name())
                    .setParameter(4, SafetyPolicyFiles.CRISIS_LANGUAGE + ": " + past.phrase())
                    .setParameter(5, past.text())
                    .setParameter(6, "/moderation/queue.xhtml")
                    .setParameter(7, (closed ? CrisisAlert.Status.CLOSED : CrisisAlert.Status.ACKNOWLEDGED).name())
                    .setParameter(8, STORED.convertToDatabaseColumn(raised))
                    .setParameter(9, STORED.convertToDatabaseColumn(deadline))
                    .setParameter(10, STORED.convertToDatabaseColumn(acknowledged))
                    .setParameter(11, moderator)
                    .setParameter(12, STORED.convertToDatabaseColumn(past.escalated() ? deadline : null))
                    .setParameter(13, STORED.convertToDatabaseColumn(closed ? raised.plus(Duration.ofMinutes(past.closeAfter())) : null))
                    .setParameter(14, closed ? moderator : null)
                    .setParameter(15, closed ? past.outcome().name() : null)
                    .executeUpdate();
            if (past.note() != null) {
                // Each demo alert has its own member and moment, which find the row just written.
                em.createNativeQuery("INSERT INTO crisis_alert_note (alert_id, author_id, written_at, text)"
                                + " SELECT id, ?1, ?2, ?3 FROM crisis_alert WHERE member_id = ?4 AND raised_at = ?5")
                        .setParameter(1, moderator)
                        .setParameter(2, STORED.convertToDatabaseColumn(acknowledged.plusSeconds(300)))
                        .setParameter(3, past.note())
                        .setParameter(4, member)
                        .setParameter(5, STORED.convertToDatabaseColumn(raised))
                        .executeUpdate();
            }
        }
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
