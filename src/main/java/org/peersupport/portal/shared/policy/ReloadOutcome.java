package org.peersupport.portal.shared.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one reload of the policy files did: either every file was read and the new rules are in
 * force ({@code changes} has every file's fingerprint before and after), or some files were refused
 * and nothing changed.
 */
public record ReloadOutcome(Instant at, List<PolicyFileException> refused, List<Change> changes) {

    /** One file's fingerprint before and after a reload ({@code before} is null for a new file). */
    public record Change(String file, String before, String after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    public ReloadOutcome {
        refused = List.copyOf(refused);
        changes = List.copyOf(changes);
    }

    public boolean applied() {
        return refused.isEmpty();
    }

    public List<Change> changedFiles() {
        return changes.stream().filter(Change::changed).toList();
    }

    /** One line for the log and the audit trail (English, like the parser's reasons). */
    public String describe() {
        if (!applied()) {
            return "Refused, the rules in force stay: " + refused.stream().map(Throwable::getMessage)
                    .collect(Collectors.joining("; "));
        }
        if (changedFiles().isEmpty()) {
            return "No file changed";
        }
        return changedFiles().stream().map(c -> c.file() + " " + (c.before() == null ? "new" : c.before()) + " → " + c.after())
                .collect(Collectors.joining("; "));
    }
}
