package org.peersupport.portal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurriculumTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final long OWNER = 7;

    @Test
    void sessionsAreNumberedInTheOrderTheyWereAdded() {
        Curriculum curriculum = withSessions("A", "B", "C");
        assertThat(titles(curriculum)).containsExactly("A", "B", "C");
        assertThat(curriculum.getSessions()).extracting(CurriculumSession::getNumber).containsExactly(1, 2, 3);
    }

    @Test
    void movingUpAndDownSwapsNeighboursAndRenumbers() {
        Curriculum curriculum = withSessions("A", "B", "C");
        curriculum.moveUp(2, LATER);
        assertThat(titles(curriculum)).containsExactly("A", "C", "B");
        curriculum.moveDown(0, LATER);
        assertThat(titles(curriculum)).containsExactly("C", "A", "B");
        assertThat(curriculum.getSessions()).extracting(CurriculumSession::getNumber).containsExactly(1, 2, 3);
        assertThat(curriculum.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void theFirstCannotGoUpNorTheLastDown() {
        Curriculum curriculum = withSessions("A", "B");
        curriculum.moveUp(0, LATER);
        curriculum.moveDown(1, LATER);
        assertThat(titles(curriculum)).containsExactly("A", "B");
        assertThatThrownBy(() -> curriculum.moveUp(2, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingASessionClosesTheGap() {
        Curriculum curriculum = withSessions("A", "B", "C");
        curriculum.removeSession(1, LATER);
        assertThat(titles(curriculum)).containsExactly("A", "C");
        assertThat(curriculum.getSessions()).extracting(CurriculumSession::getNumber).containsExactly(1, 2);
    }

    @Test
    void publishingSnapshotsTheDraftAndNumbersVersionsFromOne() {
        Curriculum curriculum = withSessions("A", "B");
        assertThat(curriculum.isPublished()).isFalse();
        CurriculumVersion first = curriculum.publish(OWNER, LATER);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(first.getTitle()).isEqualTo("Skills group");
        assertThat(first.getPublishedAt()).isEqualTo(LATER);
        assertThat(first.getSessions()).extracting(CurriculumVersionSession::getTitle).containsExactly("A", "B");
        assertThat(first.getSessions()).extracting(CurriculumVersionSession::getNumber).containsExactly(1, 2);

        curriculum.addSession(session("C"), LATER);
        CurriculumVersion second = curriculum.publish(OWNER, LATER);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(curriculum.getLatestVersion()).isEqualTo(2);
        assertThat(second.getSessions()).hasSize(3);
    }

    @Test
    void editingTheDraftAfterPublishingLeavesTheVersionAsItWas() {
        Curriculum curriculum = withSessions("A", "B");
        CurriculumVersion published = curriculum.publish(OWNER, LATER);

        curriculum.edit(new CurriculumDetails("Renamed", "Everyone", "Other words"), LATER);
        curriculum.editSession(0, new SessionContent("A changed", "New topic", "New text", "", ""), LATER);
        curriculum.moveDown(0, LATER);
        curriculum.removeSession(0, LATER);

        assertThat(published.getTitle()).isEqualTo("Skills group");
        assertThat(published.getAudience()).isEqualTo("Adults");
        assertThat(published.getSessions()).extracting(CurriculumVersionSession::getTitle).containsExactly("A", "B");
        assertThat(published.getSessions().get(0).getPsychoeducation()).isEqualTo("About A");
        assertThat(titles(curriculum)).containsExactly("A changed");
    }

    @Test
    void anEmptyDraftCannotBePublished() {
        Curriculum curriculum = new Curriculum(OWNER, details(), NOW);
        assertThatThrownBy(() -> curriculum.publish(OWNER, LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(curriculum.getLatestVersion()).isZero();
    }

    @Test
    void aDuplicateIsAnUnpublishedDraftOfTheCopierWithTheSameSessions() {
        Curriculum original = withSessions("A", "B");
        original.publish(OWNER, LATER);
        Curriculum copy = original.duplicate(99, "Copy of Skills group", LATER);

        assertThat(copy.getOwnerId()).isEqualTo(99);
        assertThat(copy.getTitle()).isEqualTo("Copy of Skills group");
        assertThat(copy.getAudience()).isEqualTo("Adults");
        assertThat(copy.isPublished()).isFalse();
        assertThat(titles(copy)).containsExactly("A", "B");
        assertThat(copy.getSessions().get(1).getHomework()).isEqualTo("Practise B");

        copy.editSession(0, session("Z"), LATER);
        assertThat(titles(original)).containsExactly("A", "B");
    }

    @Test
    void aVersionCopiesIntoANewDraftAsPublished() {
        Curriculum original = withSessions("A", "B");
        CurriculumVersion version = original.publish(OWNER, LATER);
        original.removeSession(0, LATER);

        Curriculum copy = version.duplicate(99, "Copy of Skills group", LATER);
        assertThat(titles(copy)).containsExactly("A", "B");
    }

    @Test
    void textsAreStrippedAndMissingOnesBecomeEmpty() {
        Curriculum curriculum = new Curriculum(OWNER, new CurriculumDetails("  Title  ", " Adults ", null), NOW);
        curriculum.addSession(new SessionContent(" One ", " Topic ", null, null, " Homework\n"), NOW);
        assertThat(curriculum.getTitle()).isEqualTo("Title");
        assertThat(curriculum.getDescription()).isEmpty();
        CurriculumSession session = curriculum.getSessions().get(0);
        assertThat(session.getTitle()).isEqualTo("One");
        assertThat(session.getPsychoeducation()).isEmpty();
        assertThat(session.getHomework()).isEqualTo("Homework");
    }

    private static Curriculum withSessions(String... titles) {
        Curriculum curriculum = new Curriculum(OWNER, details(), NOW);
        for (String title : titles) {
            curriculum.addSession(session(title), NOW);
        }
        return curriculum;
    }

    private static CurriculumDetails details() {
        return new CurriculumDetails("Skills group", "Adults", "Eight weeks of skills.");
    }

    private static SessionContent session(String title) {
        return new SessionContent(title, "Topic " + title, "About " + title, "Try " + title, "Practise " + title);
    }

    private static List<String> titles(Curriculum curriculum) {
        return curriculum.getSessions().stream().map(CurriculumSession::getTitle).toList();
    }
}
