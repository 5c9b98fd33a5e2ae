package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.CrisisEvaluation.Proportion;
import org.peersupport.portal.safety.CrisisEvaluation.Row;

/**
 * Crisis detection on the independent evaluation set: texts written by someone who never saw the
 * rules (src/test/resources/safety/independent/README.md). Prints the table of precision and
 * recall with Wilson intervals and writes it to target/crisis-evaluation.txt; fails when the hold
 * tier's crisis recall over all rows falls below {@value #REQUIRED_RECALL} or its precision below
 * {@value #REQUIRED_PRECISION}. Never tune a rule to one of its rows: the figure would stop meaning
 * anything.
 */
class IndependentCrisisEvaluationTest {

    static final String SET = "src/test/resources/safety/independent/crisis-evaluation.tsv";
    static final double REQUIRED_RECALL = 0.85;
    static final double REQUIRED_PRECISION = 0.85;

    @Test
    void theScreenFindsCrisesInTextNobodyHereWrote() throws IOException {
        List<Row> rows = CrisisEvaluation.read(Path.of(SET));
        assertThat(rows).as("the set is the one described in its README").hasSizeGreaterThanOrEqualTo(400);
        assertThat(rows.stream().filter(r -> !r.language().equals("en")).count() * 2)
                .as("half of it Spanish or mixed").isGreaterThanOrEqualTo(rows.size() - 40);

        CrisisEvaluation evaluation = CrisisEvaluation.of(SafetyPolicyFiles.fromDirectory(Path.of("moderation-policies")), rows);
        String table = evaluation.table("Independent evaluation set (" + rows.size() + " texts)");
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "crisis-evaluation.txt"), table, StandardCharsets.UTF_8);

        Proportion recall = evaluation.holdRecall(r -> true);
        Proportion precision = evaluation.holdPrecision(r -> true);
        assertThat(recall.value()).as("hold-tier crisis recall %s", recall).isGreaterThanOrEqualTo(REQUIRED_RECALL);
        assertThat(precision.value()).as("hold-tier precision %s", precision).isGreaterThanOrEqualTo(REQUIRED_PRECISION);
    }
}
