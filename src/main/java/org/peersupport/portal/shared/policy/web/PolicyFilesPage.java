package org.peersupport.portal.shared.policy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.peersupport.portal.shared.policy.PolicyFileException;
import org.peersupport.portal.shared.policy.PolicyFiles;
import org.peersupport.portal.shared.policy.PolicyRegistry.FileStatus;
import org.peersupport.portal.shared.policy.ReloadOutcome;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Figure;
import org.peersupport.portal.shared.web.Bundle;
import org.peersupport.portal.shared.web.Viewer;

/** admin/policies.xhtml: where the policy files come from, what is in force, and the reload. Audited. */
@Named
@ViewScoped
public class PolicyFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One file as the page shows it; {@code refusal} is set when the last reload refused it. */
    public record FileRow(String file, Instant loadedAt, String fingerprint, String holds, String refusal)
            implements Serializable {}

    @Inject
    private PolicyFiles policyFiles;

    @Inject
    private Viewer currentMember;

    /** The last reload's refusals by file, as shown next to each file. */
    private final Map<String, String> refusals = new LinkedHashMap<>();

    private transient List<FileRow> files;

    public void reload() {
        ReloadOutcome outcome = policyFiles.reload(currentMember.getId());
        refusals.clear();
        files = null;
        if (outcome.applied()) {
            List<ReloadOutcome.Change> changed = outcome.changedFiles();
            Messages.addGlobalInfo(changed.isEmpty() ? Bundle.text("policies.reloaded.unchanged")
                    : Bundle.text("policies.reloaded.changed", changed.stream()
                            .map(c -> c.file() + " (" + (c.before() == null ? "–" : c.before()) + " → " + c.after() + ")")
                            .collect(Collectors.joining(", "))));
            return;
        }
        for (PolicyFileException refused : outcome.refused()) {
            refusals.merge(refused.file(), describe(refused), (a, b) -> a + " " + b);
        }
        Messages.addGlobalError(Bundle.text("policies.refused", refusals.size(), String.join(", ", refusals.keySet())));
    }

    /** The folder the files are read from, or null for the copies packaged in the application. */
    public String getFolder() {
        return policyFiles.source().folder().map(Object::toString).orElse(null);
    }

    public List<FileRow> getFiles() {
        if (files == null) {
            Map<String, FileRow> rows = new LinkedHashMap<>();
            for (FileStatus status : policyFiles.inForce()) {
                rows.put(status.file(), new FileRow(status.file(), status.loadedAt(), status.fingerprint(),
                        holds(status.figures()), refusals.get(status.file())));
            }
            // A refused file that was never in force (a policy's unexpected failure names all its files).
            refusals.forEach((file, refusal) -> rows.putIfAbsent(file, new FileRow(file, null, null, null, refusal)));
            files = List.copyOf(rows.values());
        }
        return files;
    }

    private static String describe(PolicyFileException refused) {
        return refused.line() > 0
                ? Bundle.text("policies.refused.file", refused.file(), refused.line(), refused.reason())
                : Bundle.text("policies.refused.fileNoLine", refused.file(), refused.reason());
    }

    private static String holds(List<Figure> figures) {
        return figures.stream().map(PolicyFilesPage::text).collect(Collectors.joining(" · "));
    }

    private static String text(Figure figure) {
        try {
            return Bundle.text(figure.key(), figure.value());
        } catch (MissingResourceException e) {
            return figure.key() + ": " + figure.value(); // a new policy's figure without a text yet still shows
        }
    }
}
