package org.peersupport.portal.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.shared.policy.PolicyDocument;

/**
 * {@code crisis-response.yaml}: how long moderators have to acknowledge an alert of each severity
 * (HIGH no longer than MEDIUM, MEDIUM no longer than LOOK_SOON), and who else is told when the
 * deadline passes.
 */
public record CrisisResponsePolicy(Map<CrisisSeverity, Duration> acknowledgeWithin, List<String> escalateTo) {

    public static final String FILE = "crisis-response.yaml";
    private static final Set<String> TOP = Set.of("acknowledge-within-minutes", "escalate-to");
    private static final Set<String> SEVERITIES = Set.of("HIGH", "MEDIUM", "LOOK_SOON");

    public CrisisResponsePolicy {
        acknowledgeWithin = Map.copyOf(acknowledgeWithin);
        escalateTo = List.copyOf(escalateTo);
    }

    public Instant deadlineFor(CrisisSeverity severity, Instant raisedAt) {
        return raisedAt.plus(acknowledgeWithin.get(severity));
    }

    /** Reads the file; every mistake is a PolicyFileException with the file, line and reason. */
    public static CrisisResponsePolicy read(String fileName, byte[] bytes) {
        PolicyDocument doc = PolicyDocument.parse(fileName, bytes);
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, TOP);

        List<Object> withinPath = PolicyDocument.at(top, "acknowledge-within-minutes");
        Map<String, Object> within = doc.mapping(doc.required(root, "acknowledge-within-minutes", top), withinPath, SEVERITIES);
        Map<CrisisSeverity, Duration> deadlines = new EnumMap<>(CrisisSeverity.class);
        for (CrisisSeverity severity : CrisisSeverity.values()) {
            List<Object> path = PolicyDocument.at(withinPath, severity.name());
            int minutes = doc.integer(doc.required(within, severity.name(), withinPath), path, 1, 1440);
            deadlines.put(severity, Duration.ofMinutes(minutes));
        }
        if (deadlines.get(CrisisSeverity.HIGH).compareTo(deadlines.get(CrisisSeverity.MEDIUM)) > 0) {
            throw doc.error(PolicyDocument.at(withinPath, "HIGH"), "HIGH alerts must not wait longer than MEDIUM ones");
        }
        if (deadlines.get(CrisisSeverity.MEDIUM).compareTo(deadlines.get(CrisisSeverity.LOOK_SOON)) > 0) {
            throw doc.error(PolicyDocument.at(withinPath, "MEDIUM"), "MEDIUM alerts must not wait longer than LOOK_SOON ones");
        }

        List<Object> contactsPath = PolicyDocument.at(top, "escalate-to");
        List<Object> listed = root.get("escalate-to") == null ? List.of() : doc.list(root.get("escalate-to"), contactsPath);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            List<Object> path = PolicyDocument.at(contactsPath, i);
            String email = doc.text(listed.get(i), path).toLowerCase(Locale.ROOT);
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw doc.error(path, "'" + email + "' is not an e-mail address");
            }
            contacts.add(email);
        }
        return new CrisisResponsePolicy(deadlines, contacts);
    }
}
