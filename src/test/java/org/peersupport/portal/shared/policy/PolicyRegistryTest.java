package org.peersupport.portal.shared.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peersupport.portal.shared.policy.PolicyRegistry.FileStatus;
import org.peersupport.portal.shared.policy.ReloadablePolicy.Figure;

/** Reloading is all or nothing: one refused file leaves every policy with the rules it had. */
class PolicyRegistryTest {

    private static final Instant START = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-10T11:30:00Z");

    /** A policy of one file holding one word: {@code rule: calm}. */
    static class OneWordPolicy implements ReloadablePolicy {
        private final String file;
        private volatile String rule;

        OneWordPolicy(String file) {
            this.file = file;
        }

        @Override
        public List<String> files() {
            return List.of(file);
        }

        @Override
        public Prepared prepare(PolicySource source) {
            PolicyDocument doc = source.document(file);
            Map<String, Object> root = doc.mapping(doc.root(), List.of(), Set.of("rule"));
            String next = doc.text(doc.required(root, "rule", List.of()), List.of("rule"));
            return Prepared.of(() -> rule = next, Map.of(file, List.of(new Figure("policies.holds.words", 1))));
        }
    }

    @TempDir
    Path folder;

    private final PolicyRegistry registry = new PolicyRegistry();
    private final OneWordPolicy first = new OneWordPolicy("first.yaml");
    private final OneWordPolicy second = new OneWordPolicy("second.yaml");
    private final List<ReloadOutcome> audited = new ArrayList<>();
    private PolicySource source;

    @BeforeEach
    void bothPoliciesAreInForce() throws IOException {
        write("first.yaml", "rule: calm\n");
        write("second.yaml", "rule: kind\n");
        source = PolicySource.folder(folder);
        registry.load(first, source, START);
        registry.load(second, source, START);
        assertThat(first.rule).isEqualTo("calm");
        assertThat(second.rule).isEqualTo("kind");
    }

    @Test
    void aBadSecondFileLeavesTheFirstPolicyUnswapped() throws IOException {
        List<FileStatus> before = registry.inForce();
        write("first.yaml", "rule: gentle\n");
        write("second.yaml", "# a comment\nrule: kind\nrulez: typo\n");

        ReloadOutcome outcome = reload();

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.refused()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("second.yaml");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("unknown key 'rulez'");
        });
        assertThat(first.rule).as("the first file read well, but nothing is swapped").isEqualTo("calm");
        assertThat(second.rule).isEqualTo("kind");
        assertThat(registry.inForce()).as("the files in force, their times and fingerprints").isEqualTo(before);
        assertThat(outcome.changes()).isEmpty();
        assertThat(audited).containsExactly(outcome);
        assertThat(outcome.describe()).startsWith("Refused, the rules in force stay: second.yaml, line 3: unknown key 'rulez'");
    }

    @Test
    void whenEveryFileReadsWellEveryPolicySwapsAndTheChangeIsNamed() throws IOException {
        String calm = fingerprint("first.yaml");
        write("first.yaml", "rule: gentle\n");

        ReloadOutcome outcome = reload();

        assertThat(outcome.applied()).isTrue();
        assertThat(first.rule).isEqualTo("gentle");
        assertThat(second.rule).isEqualTo("kind");
        assertThat(outcome.changedFiles()).containsExactly(new ReloadOutcome.Change("first.yaml", calm, fingerprint("first.yaml")));
        assertThat(outcome.changes()).hasSize(2);
        assertThat(outcome.describe()).isEqualTo("first.yaml " + calm + " → " + fingerprint("first.yaml"));
        assertThat(registry.inForce()).extracting(FileStatus::file, FileStatus::loadedAt, FileStatus::fingerprint)
                .containsExactly(tuple("first.yaml", LATER, fingerprint("first.yaml")),
                        tuple("second.yaml", LATER, fingerprint("second.yaml")));
        assertThat(registry.inForce().get(0).figures()).containsExactly(new Figure("policies.holds.words", 1));
        assertThat(audited).containsExactly(outcome);
    }

    @Test
    void aMissingFileAndBrokenYamlAreBothReported() throws IOException {
        Files.delete(folder.resolve("first.yaml"));
        write("second.yaml", "rule: [kind\n");

        ReloadOutcome outcome = reload();

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.refused()).extracting(PolicyFileException::file).containsExactly("first.yaml", "second.yaml");
        assertThat(outcome.refused().get(0).reason()).startsWith("is missing from ");
        assertThat(outcome.refused().get(1).reason()).contains("not valid YAML");
        assertThat(first.rule).isEqualTo("calm");
        assertThat(second.rule).isEqualTo("kind");
    }

    @Test
    void aFailingAuditChangesNothing() throws IOException {
        write("first.yaml", "rule: gentle\n");
        assertThatThrownBy(() -> registry.reload(List.of(first, second), source, LATER, outcome -> {
            throw new IllegalStateException("the database is away");
        })).hasMessageContaining("database");
        assertThat(first.rule).isEqualTo("calm");
    }

    @Test
    void anUnexpectedErrorInAPolicyIsARefusalToo() throws IOException {
        ReloadablePolicy faulty = new ReloadablePolicy() {
            @Override
            public List<String> files() {
                return List.of("second.yaml");
            }

            @Override
            public Prepared prepare(PolicySource source) {
                throw new NullPointerException("a bug");
            }
        };
        write("first.yaml", "rule: gentle\n");

        ReloadOutcome outcome = registry.reload(List.of(first, faulty), source, LATER, audited::add);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.refused()).singleElement().satisfies(e -> assertThat(e.reason()).contains("a bug"));
        assertThat(first.rule).isEqualTo("calm");
    }

    @Test
    void aPolicyReadsOnlyTheFilesItDeclares() {
        OneWordPolicy sneaky = new OneWordPolicy("first.yaml") {
            @Override
            public Prepared prepare(PolicySource source) {
                source.read("second.yaml");
                return super.prepare(source);
            }
        };
        assertThatThrownBy(() -> registry.load(sneaky, source, LATER)).isInstanceOfSatisfying(PolicyFileException.class,
                e -> assertThat(e.reason()).contains("not among the files"));
    }

    @Test
    void aBrokenFileAtStartUpIsThrownWithItsNameAndLine() throws IOException {
        write("third.yaml", "\nrule:\n");
        assertThatThrownBy(() -> registry.load(new OneWordPolicy("third.yaml"), source, START))
                .isInstanceOfSatisfying(PolicyFileException.class, e -> {
                    assertThat(e.getMessage()).startsWith("third.yaml, line 2: 'rule' is missing");
                });
        assertThat(registry.inForce()).extracting(FileStatus::file).containsExactly("first.yaml", "second.yaml");
    }

    @Test
    void theConfiguredFolderOrThePackagedCopies() {
        assertThat(PolicySource.configured(Optional.of(" ")).folder()).isEmpty();
        assertThat(PolicySource.configured(Optional.of(folder.toString())).folder()).contains(folder);
        assertThat(new String(PolicySource.packaged().read("trust-levels.yaml"), StandardCharsets.UTF_8))
                .contains("new-members:");
        assertThatThrownBy(() -> PolicySource.packaged().read("nothing.yaml")).isInstanceOf(PolicyFileException.class);
    }

    private ReloadOutcome reload() {
        return registry.reload(List.of(first, second), source, LATER, audited::add);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
    }

    private String fingerprint(String file) throws IOException {
        return PolicyRegistry.fingerprint(Files.readAllBytes(folder.resolve(file)));
    }
}
