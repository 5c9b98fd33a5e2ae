package org.peersupport.portal.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void nothingToFindInNullOrBlankText() {
        assertThat(Mentions.candidates(null)).isEmpty();
        assertThat(Mentions.candidates("  \n ")).isEmpty();
        assertThat(Mentions.candidates("no mentions here")).isEmpty();
    }

    @Test
    void aMentionGivesTheNextOneTwoAndThreeWordsInLowerCase() {
        assertThat(Mentions.candidates("Thanks @Quiet Harbor Light Keeper for this"))
                .isInstanceOf(LinkedHashSet.class)
                .containsExactly("quiet", "quiet harbor", "quiet harbor light");
    }

    @Test
    void trailingPunctuationEndsTheNameAndIsStripped() {
        assertThat(Mentions.candidates("Thanks @Quiet Harbor, that helped!"))
                .containsExactly("quiet", "quiet harbor");
        assertThat(Mentions.candidates("I agree with @Rain-Walker.")).containsExactly("rain-walker");
        assertThat(Mentions.candidates("Are you there @Sam?")).containsExactly("sam");
        assertThat(Mentions.candidates("(@Quiet Harbor)")).containsExactly("quiet", "quiet harbor");
    }

    @Test
    void dotsUnderscoresAndHyphensBelongToTheName() {
        assertThat(Mentions.candidates("@quiet_harbor @j.doe @Rain-Walker"))
                .containsExactly("quiet_harbor", "j.doe", "rain-walker");
    }

    @Test
    void wordsAreJoinedOnlyBySingleSpaces() {
        assertThat(Mentions.candidates("@Quiet  Harbor")).containsExactly("quiet");
        assertThat(Mentions.candidates("@Quiet\nHarbor")).containsExactly("quiet");
    }

    @Test
    void namesInAnyScriptAreFound() {
        assertThat(Mentions.candidates("(@Моя Тихая Гавань) @नमस्ते दोस्त @山田太郎"))
                .containsExactly("моя", "моя тихая", "моя тихая гавань", "नमस्ते", "नमस्ते दोस्त", "山田太郎");
    }

    @Test
    void lowerCasingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // Turkish rules would give a dotless i, which no account name in the table has.
            assertThat(Mentions.candidates("@ISIK")).containsExactly("isik");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void candidatesShorterThanThreeOrLongerThanFortyAreLeftOut() {
        String forty = "a".repeat(40);
        assertThat(Mentions.candidates("@Al @Bob")).containsExactly("bob");
        assertThat(Mentions.candidates("@" + forty + " x")).containsExactly(forty);
        assertThat(Mentions.candidates("@" + forty + "b")).isEmpty();
        assertThat(Mentions.candidates("@Quiet " + "h".repeat(34))).containsExactly("quiet", "quiet " + "h".repeat(34));
        assertThat(Mentions.candidates("@Quiet " + "h".repeat(35))).containsExactly("quiet");
    }

    @Test
    void emailAddressesAreNotMentions() {
        assertThat(Mentions.candidates("write to help@example.org or first.last@example.org, cc @Sam"))
                .containsExactly("sam");
        assertThat(Mentions.candidates("a+tag@example.org and x@@double")).isEmpty();
    }

    @Test
    void codeSpansAndCodeBlocksAreIgnored() {
        String markdown = "`@inline` and\n\n```\n@fenced block\n```\n\n    @indented block\n\nbut @Real one";
        assertThat(Mentions.candidates(markdown)).containsExactly("real", "real one");
    }

    @Test
    void mentionsInsideFormattingAndLinkTextAreFound() {
        assertThat(Mentions.candidates("**@Bold Name** and [@Link Name](https://example.org)"))
                .containsExactly("bold", "bold name", "link", "link name");
    }

    @Test
    void aLoneAtSignIsNothing() {
        assertThat(Mentions.candidates("@ alone, @, @!")).isEmpty();
    }

    @Test
    void theSameNameIsReturnedOnce() {
        assertThat(Mentions.candidates("@Sam, @sam! @SAM.")).containsExactly("sam");
    }

    @Test
    void atMostThirtyCandidates() {
        String markdown = IntStream.range(0, 20).mapToObj(i -> "@member" + i + " x" + i).collect(Collectors.joining(" "));
        assertThat(Mentions.candidates(markdown))
                .hasSize(Mentions.MAX_CANDIDATES)
                .startsWith("member0", "member0 x0", "member1");
    }
}
