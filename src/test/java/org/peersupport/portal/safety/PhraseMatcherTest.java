package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.safety.PhraseMatcher.Match;

class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher(String... patterns) {
        PhraseMatcher.Builder<String> builder = PhraseMatcher.builder();
        for (String pattern : patterns) {
            builder.add(pattern, pattern);
        }
        return builder.build();
    }

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        return matcher.matches(TextNormalizer.tokens(text)).stream().map(Match::payload).toList();
    }

    @Test
    void onlyWholeWordsMatchSoInnocentWordsAreSafe() {
        PhraseMatcher<String> matcher = matcher("ass", "cunt", "hell");
        assertThat(found(matcher, "The assistant in my class played bass with passion")).isEmpty();
        assertThat(found(matcher, "Scunthorpe, Middlesex and Shellingford say hello")).isEmpty();
        assertThat(found(matcher, "what the hell, you ass!")).containsExactly("hell", "ass");
    }

    @Test
    void phrasesMatchAcrossAnySpacingAndPunctuation() {
        PhraseMatcher<String> matcher = matcher("kill myself", "buy followers");
        assertThat(found(matcher, "Kill...   MYSELF")).containsExactly("kill myself");
        assertThat(found(matcher, "buy-followers now")).containsExactly("buy followers");
        assertThat(found(matcher, "buyfollowers now")).isEmpty();
        assertThat(found(matcher, "kill my self")).isEmpty();
    }

    @Test
    void optionalWordsAndAlternativesExpandToEverySequence() {
        assertThat(PhraseMatcher.expand("no reason to (keep) [living|live]")).containsExactlyInAnyOrder(
                List.of("no", "reason", "to", "keep", "living"), List.of("no", "reason", "to", "keep", "live"),
                List.of("no", "reason", "to", "living"), List.of("no", "reason", "to", "live"));
        assertThat(PhraseMatcher.expand("can't [go|carry] on")).containsExactly(
                List.of("cant", "go", "on"), List.of("cant", "carry", "on"));
        PhraseMatcher<String> matcher = matcher("[took|swallowed] [a bunch of|too many] pills");
        assertThat(found(matcher, "I swallowed too many pills")).hasSize(1);
        assertThat(found(matcher, "I took a bunch of pills")).hasSize(1);
        assertThat(found(matcher, "I took a bunch pills")).isEmpty();
    }

    @Test
    void overlappingOccurrencesAreAllReportedWithTheirTokens() {
        PhraseMatcher<String> matcher = matcher("want to die", "die of embarrassment", "want to");
        List<Match<String>> matches = matcher.matches(TextNormalizer.tokens("I want to die of embarrassment"));
        assertThat(matches).containsExactly(
                new Match<>("want to", 1, 2), new Match<>("want to die", 1, 3), new Match<>("die of embarrassment", 3, 5));
    }

    @Test
    void anElongatedWordAlsoMatchesSqueezedButAnOrdinaryOneDoesNot() {
        PhraseMatcher<String> matcher = matcher("kill myself", "ass", "die");
        assertThat(found(matcher, "kiiiiill myyyyself")).containsExactly("kill myself");
        assertThat(found(matcher, "diiieeee")).containsExactly("die");
        assertThat(found(matcher, "as soon as")).isEmpty();
        assertThat(found(matcher, "asssss")).containsExactly("ass");
    }

    @Test
    void malformedPatternsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> matcher("[go|carry on")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> matcher("go] on")).hasMessageContaining("outside brackets");
        assertThatThrownBy(() -> matcher("[go|] on")).hasMessageContaining("empty alternative");
        assertThatThrownBy(() -> matcher("[go|(carry)] on")).hasMessageContaining("nested");
        assertThatThrownBy(() -> matcher("?!")).hasMessageContaining("no words");
        assertThatThrownBy(() -> matcher("(a|b) (c|d) (e|f) (g|h) (i|j) (k|l) (m|n)"))
                .hasMessageContaining("more than " + PhraseMatcher.MAX_EXPANSIONS);
    }
}
