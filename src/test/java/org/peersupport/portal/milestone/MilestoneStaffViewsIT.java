package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.milestone.MilestoneStaffViews.AwardRow;
import org.peersupport.portal.milestone.MilestoneStaffViews.DefinitionRow;
import org.peersupport.portal.milestone.MilestoneStaffViews.MemberChoice;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The milestones staff page's reading inside Payara Micro against MariaDB: holders counted per
 * milestone (a revoked award no longer counts), the latest awards with names and how they were
 * given, members found by display name only, and nothing of it for someone who is not staff.
 * Other tests share the database, so each test looks only at what it made (unique names).
 */
@ExtendWith(ArquillianExtension.class)
class MilestoneStaffViewsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(MilestoneStaffViewsIT.class, TestPeople.class);
    }

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private MilestoneService milestones;

    @Inject
    private AccountService accounts;

    @Test
    void eachMilestoneSaysHowManyMembersHoldItAndRetiredOnesComeAfterTheActive() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        String unique = unique();
        MilestoneDefinition given = byHand(facilitator, "Kindness " + unique);
        MilestoneDefinition unheld = byHand(facilitator, "Courage " + unique);
        MilestoneDefinition retired = byHand(facilitator, "Patience " + unique);
        List<Account> members = List.of(member(), member(), member());
        List<MilestoneAward> awards = members.stream()
                .map(m -> milestones.awardByHand(facilitator.getId(), m.getId(), given.getId(), "Thank you for being there")).toList();
        milestones.awardByHand(facilitator.getId(), members.get(0).getId(), retired.getId(), null);
        milestones.retire(facilitator.getId(), retired.getId());
        milestones.revoke(facilitator.getId(), awards.get(2).getId(), "Given to the wrong person");

        List<DefinitionRow> rows = views.definitions(facilitator.getId()).stream().filter(row -> row.name().endsWith(unique)).toList();

        assertThat(rows).extracting(DefinitionRow::name).as("active first; the retired one last")
                .containsExactlyInAnyOrder("Kindness " + unique, "Courage " + unique, "Patience " + unique)
                .last().isEqualTo("Patience " + unique);
        assertThat(row(rows, given)).satisfies(row -> {
            assertThat(row.holders()).as("three awards, one revoked").isEqualTo(2);
            assertThat(row.active()).isTrue();
            assertThat(row.icon()).isEqualTo(MilestoneIcon.HANDS);
            assertThat(row.rule()).isEqualTo(MilestoneRule.BY_HAND);
            assertThat(row.description()).isEqualTo("Recognised by a facilitator.");
        });
        assertThat(row(rows, unheld).holders()).isZero();
        assertThat(row(rows, retired).holders()).as("those who hold a retired milestone keep it").isEqualTo(1);
        assertThat(row(rows, retired).active()).isFalse();
        assertThat(views.details(facilitator.getId(), given.getId())).isEqualTo(row(rows, given).details());
    }

    @Test
    void theLatestAwardsComeNewestFirstWithNamesHowTheyWereGivenAndAnyRevocation() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        String unique = unique();
        MilestoneDefinition firstSession = milestones.define(facilitator.getId(), new MilestoneDefinitionDetails("First session " + unique,
                "Came to a first group session.", MilestoneIcon.SEEDLING, MilestoneRule.SESSIONS_ATTENDED, 1));
        MilestoneDefinition kindness = byHand(facilitator, "Kindness " + unique);
        Account reached = member();
        Account given = member();
        long before = views.countAwards(facilitator.getId());

        List<MilestoneAward> automatic = milestones.recordProgress(reached.getId(), ProgressKind.SESSION_ATTENDED, "staff-views-" + unique,
                Instant.now());
        MilestoneAward byHand = milestones.awardByHand(facilitator.getId(), given.getId(), kindness.getId(), "For all the tea you made");
        milestones.revoke(facilitator.getId(), byHand.getId(), "Awarded twice by mistake");

        assertThat(automatic).extracting(MilestoneAward::getDefinitionId).contains(firstSession.getId());
        assertThat(views.countAwards(facilitator.getId())).isEqualTo(before + automatic.size() + 1);
        List<AwardRow> latest = views.recentAwards(facilitator.getId(), 0, automatic.size() + 1);
        assertThat(latest.get(0).id()).as("the newest first").isEqualTo(byHand.getId());
        assertThat(latest.get(0)).satisfies(row -> {
            assertThat(row.memberName()).isEqualTo(given.getDisplayName());
            assertThat(row.milestoneName()).isEqualTo("Kindness " + unique);
            assertThat(row.icon()).isEqualTo(MilestoneIcon.HANDS);
            assertThat(row.byHand()).isTrue();
            assertThat(row.awardedByName()).isEqualTo(facilitator.getDisplayName());
            assertThat(row.revoked()).isTrue();
            assertThat(row.revokedByName()).isEqualTo(facilitator.getDisplayName());
            assertThat(row.revocationReason()).isEqualTo("Awarded twice by mistake");
            assertThat(row.awardedAt()).isNotNull().isBeforeOrEqualTo(row.revokedAt());
        });
        AwardRow reachedRow = latest.stream().filter(row -> row.milestoneName().equals("First session " + unique)).findFirst().orElseThrow();
        assertThat(reachedRow.memberName()).isEqualTo(reached.getDisplayName());
        assertThat(reachedRow.byHand()).as("reached from the member's own progress").isFalse();
        assertThat(reachedRow.awardedByName()).isNull();
        assertThat(reachedRow.revoked()).isFalse();
        assertThat(reachedRow.revocationReason()).isNull();

        List<AwardRow> secondPage = views.recentAwards(facilitator.getId(), 1, 1);
        assertThat(secondPage).hasSize(1);
        assertThat(secondPage.get(0).id()).as("a page starts where it is asked to").isEqualTo(latest.get(1).id());
        milestones.retire(facilitator.getId(), firstSession.getId()); // later tests' sessions do not reach it
    }

    @Test
    void membersAreFoundByAnyPartOfTheirDisplayNameAndNeverByEmail() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        Account member = member();
        String suffix = member.getDisplayName().substring("Person ".length()); // "Person " and 8 random characters
        MemberChoice choice = new MemberChoice(member.getId(), member.getDisplayName());

        assertThat(views.membersNamed(facilitator.getId(), suffix.substring(1, 7).toUpperCase(java.util.Locale.ROOT), 10))
                .as("any part, any case").containsExactly(choice);
        assertThat(views.membersNamed(facilitator.getId(), "person " + suffix, 10)).containsExactly(choice);
        assertThat(views.membersNamed(facilitator.getId(), member.getEmail(), 10)).as("e-mail addresses are private").isEmpty();
        assertThat(views.membersNamed(facilitator.getId(), "person_" + suffix, 10)).as("_ is a character, not a wildcard").isEmpty();
        assertThat(views.membersNamed(facilitator.getId(), "%" + suffix, 10)).as("% is a character, not a wildcard").isEmpty();
        assertThat(views.membersNamed(facilitator.getId(), "  ", 10)).as("nothing typed, nobody offered").isEmpty();
        assertThat(views.membersNamed(facilitator.getId(), "Person", 3)).hasSize(3);
        assertThat(views.member(facilitator.getId(), member.getId())).contains(choice);
        assertThat(views.member(facilitator.getId(), Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void onlyFacilitatorsAndAdminsReadThem() {
        Account member = member();
        Account facilitator = TestPeople.newFacilitator(accounts);
        MilestoneDefinition kindness = byHand(facilitator, "Kindness " + unique());

        assertThatThrownBy(() -> views.definitions(member.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> views.recentAwards(member.getId(), 0, 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> views.countAwards(member.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> views.membersNamed(member.getId(), "Person", 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> views.details(member.getId(), kindness.getId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> views.details(facilitator.getId(), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    private MilestoneDefinition byHand(Account facilitator, String name) {
        return milestones.define(facilitator.getId(),
                new MilestoneDefinitionDetails(name, "Recognised by a facilitator.", MilestoneIcon.HANDS, MilestoneRule.BY_HAND, 1));
    }

    private static DefinitionRow row(List<DefinitionRow> rows, MilestoneDefinition definition) {
        return rows.stream().filter(row -> row.id() == definition.getId()).findFirst().orElseThrow();
    }

    private Account member() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
