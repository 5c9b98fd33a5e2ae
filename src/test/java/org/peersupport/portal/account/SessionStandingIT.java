package org.peersupport.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.CurriculumVersion;
import org.peersupport.portal.curriculum.SessionContent;
import org.peersupport.portal.curriculum.cohort.Cohort;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.CohortService;
import org.peersupport.portal.curriculum.cohort.CohortViews;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.ForumVisibility;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.mentoring.ChatService;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.MentorApplication;
import org.peersupport.portal.mentoring.MentoringService;
import org.peersupport.portal.mentoring.WeeklyAvailability;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.Sanction;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.LoopbackHttp;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Power ends when it should: a suspended member is refused by the services themselves (reply,
 * chat, join); a suspension signs the member's open session out at its next request, also when the
 * change was made by another instance of a cluster (straight in the database); a role granted or
 * removed reaches the open session at its next request.
 */
@ExtendWith(ArquillianExtension.class)
class SessionStandingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(SessionStandingIT.class, TestPeople.class, LoopbackHttp.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Inject
    private ModerationService moderation;

    @Inject
    private ForumGroupService groups;

    @Inject
    private PostingService posting;

    @Inject
    private ChatService chat;

    @Inject
    private MentoringService mentoring;

    @Inject
    private CurriculumService curricula;

    @Inject
    private CohortService cohorts;

    @Inject
    private CohortViews cohortViews;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    private record Person(Account account, Registration registration) {
        long id() {
            return account.getId();
        }
    }

    @Test
    void aSuspendedMemberCannotReplyInTheForum() throws SQLException {
        Person member = newPerson();
        TestPeople.trustLevel(member.id(), 1);
        Forum forum = groups.createForum("forum-" + unique(), "A forum", "For tests.", ForumVisibility.OPEN, 60);
        long topicId = posting.startTopic(Reader.member(member.id()), forum.getId(), "A topic of mine",
                "Something I wanted to say.", null, false).topicId();

        suspend(member);

        assertThatThrownBy(() -> posting.reply(Reader.member(member.id()), topicId, "Still here, still writing.", null, false, null))
                .isInstanceOf(MemberSuspendedException.class);
        assertThatThrownBy(() -> posting.startTopic(Reader.member(member.id()), forum.getId(), "Another topic", "More.", null, false))
                .isInstanceOf(MemberSuspendedException.class);
        assertThat(countPostsOf(member.id())).as("only the post written before the suspension").isEqualTo(1);
    }

    @Test
    void aSuspendedMemberCannotSendAChatMessage() throws SQLException {
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person mentor = newPerson();
        mentoring.apply(mentor.id(), new MentorApplication(Set.of(ExperienceArea.ANXIETY), null, Set.of("en"),
                ZoneId.of("Europe/London"), WeeklyAvailability.parse("MON 18:00-20:00"), 2, null, null,
                "I have lived with anxiety for years and like to listen before I say anything.", true));
        mentoring.approve(admin.id(), mentor.id());
        Person mentee = newPerson();
        long mentorshipId = mentoring.pair(admin.id(), mentor.id(), mentee.id()).getId();

        suspend(mentee);

        assertThatThrownBy(() -> chat.send(mentee.id(), mentorshipId, "Are you there?"))
                .isInstanceOf(MemberSuspendedException.class);
        assertThat(countChatMessagesOf(mentee.id())).as("nothing stored").isZero();
        assertThat(chat.send(mentor.id(), mentorshipId, "I am here.").outcome())
                .as("the mentor, in good standing, still writes").isEqualTo(org.peersupport.portal.mentoring.ChatSendResult.Outcome.SENT);
    }

    @Test
    void aSuspendedMemberCannotJoinAskForOrAcceptAPlaceInACohort() {
        Account facilitator = TestPeople.newFacilitator(accounts);
        Cohort open = cohort(facilitator, EnrolmentMode.OPEN);
        Cohort byRequest = cohort(facilitator, EnrolmentMode.REQUEST);
        Person member = newPerson();
        cohorts.invite(facilitator.getId(), byRequest.getId(), member.id());

        suspend(member);

        assertThatThrownBy(() -> cohorts.join(member.id(), open.getId())).isInstanceOf(MemberSuspendedException.class);
        assertThatThrownBy(() -> cohorts.requestPlace(member.id(), byRequest.getId())).isInstanceOf(MemberSuspendedException.class);
        assertThatThrownBy(() -> cohorts.accept(member.id(), byRequest.getId())).isInstanceOf(MemberSuspendedException.class);
        assertThat(cohortViews.cohortView(member.id(), open.getId()).isEnrolled()).isFalse();
        assertThat(cohortViews.cohortView(member.id(), byRequest.getId()).isEnrolled()).isFalse();
    }

    @Test
    void theStampsRiseWithTheChangesThatMustReachOpenSessionsAndOnlyThen() {
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person member = newPerson();
        SessionStamps stamps = stampsOf(member);

        accounts.changeLanguage(member.id(), java.util.Locale.ENGLISH);
        assertThat(stampsOf(member)).as("a language is not a privilege").isEqualTo(stamps);

        accounts.grantRole(admin.id(), member.id(), Role.MODERATOR);
        assertThat(stamps.rolesChangedBy(stampsOf(member))).as("role granted").isTrue();
        assertThat(stamps.endedBy(stampsOf(member))).as("a new role signs no one out").isFalse();
        stamps = stampsOf(member);
        accounts.grantRole(admin.id(), member.id(), Role.MODERATOR);
        assertThat(stampsOf(member)).as("granting a held role changes nothing").isEqualTo(stamps);

        accounts.revokeRole(admin.id(), member.id(), Role.MODERATOR);
        assertThat(stamps.rolesChangedBy(stampsOf(member))).as("role removed").isTrue();
        stamps = stampsOf(member);

        suspend(member);
        assertThat(stamps.endedBy(stampsOf(member))).as("suspended").isTrue();
        stamps = stampsOf(member);

        accounts.endSessions(member.id());
        assertThat(stamps.endedBy(stampsOf(member))).as("the hook for a new password or an erasure").isTrue();
    }

    @Test
    void aRemovedRoleEndsTheOpenSessionAtItsNextRequestAndANewSignInHasTheRolesOfNow() {
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person moderator = newPerson();
        accounts.grantRole(admin.id(), moderator.id(), Role.MODERATOR);
        LoopbackHttp session = signedIn(moderator);
        assertThat(session.get("/moderation/queue.xhtml").status()).as("a moderator's queue").isEqualTo(200);

        accounts.revokeRole(admin.id(), moderator.id(), Role.MODERATOR);

        LoopbackHttp.Response next = session.get("/moderation/queue.xhtml");
        assertThat(next.status()).as("signed out at once").isEqualTo(302);
        assertThat(next.headers().get("location")).endsWith("/login.xhtml?ended=true");
        assertThat(session.get("/moderation/queue.xhtml").body()).as("the old session holds nothing").contains("signin:password");
        assertThat(signedIn(moderator).get("/moderation/queue.xhtml").status()).as("signed in again: a member").isEqualTo(403);
    }

    @Test
    void aGrantedRoleLeavesTheOpenSessionWorkingAndComesWithTheNextSignIn() {
        Person admin = newPerson();
        accounts.grantAdminAtStartup(admin.account().getEmail());
        Person member = newPerson();
        LoopbackHttp session = signedIn(member);
        assertThat(session.get("/moderation/queue.xhtml").status()).isEqualTo(403);

        accounts.grantRole(admin.id(), member.id(), Role.MODERATOR);

        assertThat(session.get("/member/dashboard.xhtml").status()).as("not signed out for a new role").isEqualTo(200);
        assertThat(session.get("/member/dashboard.xhtml").status()).isEqualTo(200);
        assertThat(signedIn(member).get("/moderation/queue.xhtml").status()).as("a moderator from the next sign-in").isEqualTo(200);
    }

    @Test
    void aSuspensionEndsTheOpenSessionAtItsNextRequest() {
        Person member = newPerson();
        LoopbackHttp session = signedIn(member);
        assertThat(session.get("/member/dashboard.xhtml").status()).isEqualTo(200);

        suspend(member);

        LoopbackHttp.Response next = session.get("/member/dashboard.xhtml");
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.headers().get("location")).endsWith("/login.xhtml?ended=true");
        assertThat(session.get("/login.xhtml?ended=true").body()).as("a calm word on the sign-in page")
                .contains("Your account has changed, so we signed you out");
    }

    @Test
    void aChangeMadeOnAnotherInstanceEndsTheSessionHereWithinMoments() throws Exception {
        Person member = newPerson();
        LoopbackHttp session = signedIn(member);
        assertThat(session.get("/member/dashboard.xhtml").status()).isEqualTo(200);

        // Another instance of the cluster raised the stamp: nothing in this server's memory knows.
        try (Connection db = dataSource.getConnection();
                PreparedStatement raise = db.prepareStatement("UPDATE account SET security_stamp = security_stamp + 1 WHERE id = ?")) {
            raise.setLong(1, member.id());
            assertThat(raise.executeUpdate()).isEqualTo(1);
        }

        long deadline = System.nanoTime() + 2 * AccountStanding.TRUSTED.toNanos() + 1_000_000_000L;
        int status = session.get("/member/dashboard.xhtml").status();
        // Payara 6 now and then answers a signed-in request 403 under load (see issue 13's note); only the
        // sign-out ends the wait.
        while (status != 302 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = session.get("/member/dashboard.xhtml").status();
        }
        assertThat(status).as("signed out within the stamp's short trust").isEqualTo(302);
    }

    private void suspend(Person member) {
        Person moderator = newPerson();
        accounts.grantAdminAtStartup(moderator.account().getEmail());
        moderation.sanction(moderator.id(), member.id(), Sanction.Kind.SUSPENSION, "Repeated personal attacks.", 3);
    }

    private SessionStamps stampsOf(Person person) {
        return accounts.getAccount(person.id()).getSessionStamps();
    }

    private LoopbackHttp signedIn(Person person) {
        LoopbackHttp client = new LoopbackHttp(base.toExternalForm(), "127.0.0.43");
        assertThat(client.signIn(person.account().getEmail(), person.registration().getPassword()).status())
                .as("signed in and sent on").isEqualTo(302);
        return client;
    }

    private Cohort cohort(Account facilitator, EnrolmentMode mode) {
        Curriculum draft = curricula.create(facilitator.getId(),
                new CurriculumDetails("Managing anxiety", "Adults on the waiting list for therapy", "A short skills group."));
        curricula.addSession(facilitator.getId(), draft.getId(), new SessionContent("Understanding anxiety",
                "What anxiety is", "About **anxiety**.", "Try it in pairs.", "Practise once a day."));
        CurriculumVersion version = curricula.publish(facilitator.getId(), draft.getId());
        return cohorts.createCohort(facilitator.getId(), version.getId(),
                new CohortDetails("Tuesday group", 10, ZoneId.of("Europe/London"), "https://video.example/room", mode),
                new WeeklyRule(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalDate.now().plusWeeks(1), 90));
    }

    private long countPostsOf(long accountId) throws SQLException {
        return count("SELECT COUNT(*) FROM post WHERE author_id = ?", accountId);
    }

    private long countChatMessagesOf(long accountId) throws SQLException {
        return count("SELECT COUNT(*) FROM chat_message WHERE sender_id = ?", accountId);
    }

    private long count(String sql, long accountId) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private Person newPerson() {
        Registration registration = TestPeople.newRegistration("Europe/London", "en");
        return new Person(accounts.register(registration), registration);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
