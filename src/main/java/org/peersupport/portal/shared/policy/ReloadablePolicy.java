package org.peersupport.portal.shared.policy;

import java.util.List;
import java.util.Map;

/**
 * Rules read from policy files that admins can reload while the portal runs ({@link PolicyFiles}).
 * Implement it on the {@code @ApplicationScoped} bean that holds the rules, keep the rules in a
 * {@code volatile} field, and read them once when the bean is made:
 *
 * <pre>
 * &#64;PostConstruct
 * void load() {
 *     policyFiles.loadAtStartUp(this); // a broken file stops the start-up
 * }
 *
 * public List&lt;String&gt; files() {
 *     return List.of("crisis-resources.yaml");
 * }
 *
 * public Prepared prepare(PolicySource source) {
 *     CrisisResources next = CrisisResources.read(source.document("crisis-resources.yaml"));
 *     return Prepared.of(() -&gt; resources = next);
 * }
 * </pre>
 *
 * A reload prepares every policy first and commits them only when all files were read without a
 * mistake: the rules in force never change halfway.
 */
public interface ReloadablePolicy {

    /** The files this policy reads, by name ("watched-words.yaml"); the only ones its source will give it. */
    List<String> files();

    /**
     * Reads and checks this policy's files and builds the new rules, without touching the rules in
     * force. A mistake is a {@link PolicyFileException} naming the file and line.
     */
    Prepared prepare(PolicySource source);

    /** New rules, checked and ready to be put in force. */
    interface Prepared {

        /** Puts the new rules in force: a volatile write, nothing that can fail. */
        void commit();

        /** What a file holds, shown on the admin page; empty when counting is not cheap. */
        default List<Figure> figures(String file) {
            return List.of();
        }

        static Prepared of(Runnable commit) {
            return of(commit, Map.of());
        }

        static Prepared of(Runnable commit, Map<String, List<Figure>> figuresByFile) {
            return new Prepared() {
                @Override
                public void commit() {
                    commit.run();
                }

                @Override
                public List<Figure> figures(String file) {
                    return figuresByFile.getOrDefault(file, List.of());
                }
            };
        }
    }

    /**
     * One count of what a file holds: a message key of i18n/messages ("policies.holds.block") whose
     * text takes the value as {0} ("{0} phrases that block a post").
     */
    record Figure(String key, Number value) {}
}
