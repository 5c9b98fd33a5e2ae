package org.peersupport.portal.shared.policy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Figure;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Prepared;

/**
 * The policy files in force and the all-or-nothing rule for changing them: every file of every
 * policy is read and checked first, and the policies take their new rules only when none was
 * refused. Plain Java, so the rule is tested without a server; {@link PolicyFiles} is its CDI face.
 */
public final class PolicyRegistry {

    private static final Logger LOG = Logger.getLogger(PolicyRegistry.class.getName());

    /** A file in force: when it was read, its fingerprint and what it holds. */
    public record FileStatus(String file, Instant loadedAt, String fingerprint, List<Figure> figures) {}

    private volatile Map<String, FileStatus> inForce = Map.of();

    /** Reads one policy for the first time; a mistake is thrown, so that the start-up stops. */
    public synchronized void load(ReloadablePolicy policy, PolicySource source, Instant now) {
        Attempt attempt = prepare(List.of(policy), source, now);
        if (!attempt.refused().isEmpty()) {
            PolicyFileException first = attempt.refused().get(0);
            attempt.refused().stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
        attempt.prepared().forEach(Prepared::commit);
        remember(attempt.statuses());
    }

    /**
     * Reads all policies again. When a file is refused, no policy changes; either way
     * {@code beforeCommit} sees the outcome first (the audit trail records it there, and if that
     * fails nothing changes either).
     */
    public synchronized ReloadOutcome reload(List<ReloadablePolicy> policies, PolicySource source, Instant now,
            Consumer<ReloadOutcome> beforeCommit) {
        Attempt attempt = prepare(policies, source, now);
        List<ReloadOutcome.Change> changes = new ArrayList<>();
        if (attempt.refused().isEmpty()) {
            Map<String, FileStatus> before = inForce;
            attempt.statuses().forEach(s -> changes.add(new ReloadOutcome.Change(s.file(),
                    before.containsKey(s.file()) ? before.get(s.file()).fingerprint() : null, s.fingerprint())));
        }
        ReloadOutcome outcome = new ReloadOutcome(now, attempt.refused(), changes);
        beforeCommit.accept(outcome);
        if (outcome.applied()) {
            attempt.prepared().forEach(Prepared::commit);
            remember(attempt.statuses());
        }
        return outcome;
    }

    /** The files in force, by name. */
    public List<FileStatus> inForce() {
        return inForce.values().stream().sorted(Comparator.comparing(FileStatus::file)).toList();
    }

    private record Attempt(List<Prepared> prepared, List<FileStatus> statuses, List<PolicyFileException> refused) {}

    private static Attempt prepare(List<ReloadablePolicy> policies, PolicySource source, Instant now) {
        List<Prepared> prepared = new ArrayList<>();
        List<FileStatus> statuses = new ArrayList<>();
        List<PolicyFileException> refused = new ArrayList<>();
        for (ReloadablePolicy policy : policies) {
            List<String> files = policy.files();
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (String file : files) {
                try {
                    read.put(file, source.read(file));
                } catch (PolicyFileException e) {
                    refused.add(e);
                }
            }
            if (read.size() < files.size()) {
                continue;
            }
            try {
                // The policy parses exactly the bytes fingerprinted here, whatever happens to the folder meanwhile.
                Prepared ready = policy.prepare(PolicySource.of(read, source.folder()));
                prepared.add(ready);
                read.forEach((file, bytes) -> statuses.add(new FileStatus(file, now, fingerprint(bytes),
                        List.copyOf(ready.figures(file)))));
            } catch (PolicyFileException e) {
                refused.add(e);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Policy " + files + " failed while reading", e);
                refused.add(new PolicyFileException(String.join(", ", files), 0, "could not be read (" + e + ")", e));
            }
        }
        return new Attempt(prepared, statuses, refused);
    }

    private void remember(List<FileStatus> statuses) {
        Map<String, FileStatus> next = new LinkedHashMap<>(inForce);
        statuses.forEach(s -> next.put(s.file(), s));
        inForce = Map.copyOf(next);
    }

    /** The first 12 hex digits of the file's SHA-256: enough to tell two versions apart at a glance. */
    public static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
