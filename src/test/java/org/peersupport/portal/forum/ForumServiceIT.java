package org.peersupport.portal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.moderation.MemberStanding;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ReadingTime;
import org.peersupport.portal.moderation.ReviewItem;
import org.peersupport.portal.notification.Notification;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.PortalDataSource;
import org.peersupport.portal.shared.persistence.WriteBehindDue;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * The forum and its moderation inside Payara Micro, against MariaDB: private groups refuse
 * outsiders every object by every request, new members' posts are held and approved, flags hide
 * posts at the policy's threshold, claims keep moderators apart, and anonymous authors stay hidden.
 */
@ExtendWith(ArquillianExtension.class)
class ForumServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ForumServiceIT.class, TestPeople.class);
    }

    @Inject
    private Event<WriteBehindDue> writeBehindDue;

    @Inject
    private ForumGroupService groups;

    @Inject
    private TopicReadingService reading;

    @Inject
    private PostingService posting;

    @Inject
    private ForumStaffService forumStaff;

    @Inject
    private ForumSearchService search;

    @Inject
    private ModerationService moderation;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void aMemberOutsideAPrivateGroupIsRefusedEveryObjectOfItByEveryRequest() {
        Forum group = groups.createForum("group-" + unique(), "A private group", "Only for its members.",
                ForumVisibility.PRIVATE, 50);
        groups.configure(group.getId(), false, false);
        Reader insider = trusted();
        Reader outsider = trusted();
        long admin = newAccount().getId();
        groups.invite(admin, group.getId(), accounts.getAccount(insider.accountId()).getDisplayName());
        groups.acceptInvitation(insider, group.getId());
        String secretWord = "zephyrine" + unique().replaceAll("[^a-z]", "");
        long topicId = posting.startTopic(insider, group.getId(), "Our group's topic",
                "Something said in the group: " + secretWord, null, false).topicId();
        long postId = reading.readTopic(topicId, insider, 1, Set.of()).posts().get(0).id();

        assertThat(search.search(insider, secretWord, Set.of())).as("the insider finds it").hasSize(1);

        assertThatThrownBy(() -> groups.forumForReader(group.getSlug(), outsider)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.readTopic(topicId, outsider, 1, Set.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.postForReader(outsider, postId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.postForEditing(outsider, postId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posting.edit(outsider, postId, "changed", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posting.flag(outsider, postId, FlagReason.SPAM, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posting.reply(outsider, topicId, "hello", null, false, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posting.toggleSupport(outsider, postId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> posting.startTopic(outsider, group.getId(), "Let me in", "text", null, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> groups.requestToJoin(outsider, group.getId()))
                .as("an unlisted group cannot even be asked about").isInstanceOf(NotFoundException.class);
        assertThat(search.search(outsider, secretWord, Set.of())).as("no search hit").isEmpty();
        assertThat(groups.privateGroupsFor(outsider)).extracting(g -> g.forum().getId()).doesNotContain(group.getId());

        groups.removeFromGroup(admin, group.getId(), insider.accountId());
        assertThatThrownBy(() -> reading.readTopic(topicId, insider, 1, Set.of()))
                .as("removed from the group, the former member is refused too").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNewMembersFirstPostIsHeldUntilAModeratorApprovesIt() {
        Forum forum = openForum();
        Account newcomer = newAccount();
        Reader author = Reader.member(newcomer.getId());
        PostOutcome outcome = posting.startTopic(author, forum.getId(), "My first topic here",
                "Hello everyone, this is me.", null, false);
        assertThat(outcome.published()).isFalse();
        Reader other = trusted();
        assertThatThrownBy(() -> reading.readTopic(outcome.topicId(), other, 1, Set.of()))
                .as("others do not see a held topic").isInstanceOf(NotFoundException.class);
        assertThat(reading.readTopic(outcome.topicId(), author, 1, Set.of()).posts()).extracting(PostView::status)
                .as("the author sees it, waiting").containsExactly(PostStatus.HELD);

        ReviewItem item = openItemFor(outcome.postId());
        assertThat(item.getKind()).isEqualTo(ReviewItem.Kind.HELD_POST);
        long moderator = newAccount().getId();
        moderation.approve(moderator, item.getId(), null);

        assertThat(reading.readTopic(outcome.topicId(), other, 1, Set.of()).posts()).extracting(PostView::status)
                .containsExactly(PostStatus.VISIBLE);
        assertThat(moderation.standingOf(newcomer.getId()).getApprovedPosts()).isEqualTo(1);
        assertThat(noticesOf(newcomer.getId())).extracting(Notification::getKind).contains(NotificationKind.POST_APPROVED);
        assertThat(audit.entriesFor(ModerationService.SUBJECT_POST, outcome.postId(), 5)).extracting(AuditEntry::getAction)
                .containsExactly("POST_APPROVED");
    }

    @Test
    void flagsWeighByTrustAndHideThePostAtThePolicysThreshold() {
        Forum forum = openForum();
        Reader author = trusted();
        PostOutcome post = posting.startTopic(author, forum.getId(), "A topic to be flagged",
                "Some words others may find hurtful.", null, false);
        Account newFlagger = newAccount();
        assertThat(posting.flag(Reader.member(newFlagger.getId()), post.postId(), FlagReason.HARASSMENT, null))
                .as("a new member's flag weighs 0.5 of 2.0").isFalse();
        assertThatThrownBy(() -> posting.flag(Reader.member(newFlagger.getId()), post.postId(), FlagReason.SPAM, null))
                .as("one flag per member").isInstanceOf(PostRefusedException.class);
        assertThat(posting.flag(trusted(), post.postId(), FlagReason.HARASSMENT, null)).as("1.5 of 2.0").isFalse();
        assertThat(posting.flag(trusted(), post.postId(), FlagReason.OTHER, "It mocks someone")).as("2.5: hidden").isTrue();

        Reader reader = trusted();
        assertThatThrownBy(() -> reading.readTopic(post.topicId(), reader, 1, Set.of()))
                .as("a hidden opening post hides its topic").isInstanceOf(NotFoundException.class);
        ReviewItem item = openItemFor(post.postId());
        assertThat(item.getKind()).isEqualTo(ReviewItem.Kind.FLAGGED_POST);

        long moderator = newAccount().getId();
        moderation.remove(moderator, item.getId(), true, "It targets another member.");
        List<Notification> authorNotices = noticesOf(author.accountId());
        assertThat(authorNotices).extracting(Notification::getKind).contains(NotificationKind.POST_REMOVED);
        assertThat(authorNotices.stream().filter(n -> n.getKind() == NotificationKind.POST_REMOVED).findFirst()
                .orElseThrow().getParams()).containsExactly("It targets another member.");
        assertThat(noticesOf(newFlagger.getId())).extracting(Notification::getParams).contains(List.of("UPHELD"));
        assertThat(moderation.standingOf(newFlagger.getId()).getFlagsUpheld()).isEqualTo(1);
        assertThat(moderation.standingOf(author.accountId()).getPostsRemoved()).isEqualTo(1);
    }

    @Test
    void aClaimKeepsASecondModeratorOffTheItem() {
        Forum forum = openForum();
        PostOutcome post = posting.startTopic(Reader.member(newAccount().getId()), forum.getId(),
                "Held for review", "Please look at me.", null, false);
        ReviewItem item = openItemFor(post.postId());
        long first = newAccount().getId();
        long second = newAccount().getId();
        assertThat(moderation.claim(first, item.getId())).isTrue();
        assertThat(moderation.claim(second, item.getId())).isFalse();
        assertThatThrownBy(() -> moderation.approve(second, item.getId(), null))
                .isInstanceOf(ModerationService.ClaimedByAnotherException.class);
        moderation.approve(first, item.getId(), "Please look at me (edited by a moderator).");
        assertThat(reading.postForReader(trusted(), post.postId()).getBody()).endsWith("(edited by a moderator).");
    }

    @Test
    void newMembersAreLimitedAsThePolicyFileSays() {
        Forum forum = openForum();
        Reader newcomer = Reader.member(newAccount().getId());
        assertThatThrownBy(() -> posting.startTopic(newcomer, forum.getId(), "Three links",
                "https://a.example https://b.example https://c.example", null, false))
                .isInstanceOfSatisfying(PostRefusedException.class,
                        e -> assertThat(e.getReasonKey()).isEqualTo("moderation.refused.links"));
        assertThatThrownBy(() -> posting.startTopic(newcomer, forum.getId(), "An image", "![me](https://a.example/me.png)",
                null, false)).isInstanceOfSatisfying(PostRefusedException.class,
                        e -> assertThat(e.getReasonKey()).isEqualTo("moderation.refused.images"));
        posting.startTopic(newcomer, forum.getId(), "Two links are fine", "https://a.example and https://b.example",
                null, false);
        assertThatThrownBy(() -> posting.startTopic(newcomer, forum.getId(), "Straight after", "Too fast", null, false))
                .as("30 s between posts at level 0").isInstanceOfSatisfying(PostRefusedException.class,
                        e -> assertThat(e.getReasonKey()).isEqualTo("moderation.refused.tooSoon"));
    }

    @Test
    void slowModeRefusesASecondPostWithinTheInterval() {
        Forum forum = openForum();
        Reader member = trusted();
        long topicId = posting.startTopic(trusted(), forum.getId(), "A heated topic", "Opinions ahead.", null, false)
                .topicId();
        forumStaff.slowDownTopic(Reader.staff(newAccount().getId()), topicId, Duration.ofMinutes(10), null);
        posting.reply(member, topicId, "My first reply.", null, false, null);
        assertThatThrownBy(() -> posting.reply(member, topicId, "And another.", null, false, null))
                .isInstanceOfSatisfying(PostRefusedException.class, e -> {
                    assertThat(e.getReasonKey()).isEqualTo("forum.slowMode.wait");
                    assertThat(e.getArguments()).containsExactly(10L);
                });
    }

    @Test
    void anAnonymousPostHidesItsAuthorUntilAModeratorRevealsItAndTheRevealIsAudited() {
        Forum forum = openForum();
        groups.configure(forum.getId(), true, true);
        Reader author = trusted();
        PostOutcome post = posting.startTopic(author, forum.getId(), "Said without my name",
                "Something I could only say anonymously.", ContentWarning.GRIEF, true);
        PostView seen = reading.readTopic(post.topicId(), trusted(), 1, Set.of()).posts().get(0);
        assertThat(seen.anonymous()).isTrue();
        assertThat(seen.authorName()).isNull();
        assertThat(seen.authorId()).isNull();
        assertThat(reading.topicsPage(forum.getId(), trusted(), Set.of(), 0, 10)).extracting(TopicRow::starterName).containsOnlyNulls();
        assertThat(reading.topicsPage(forum.getId(), trusted(), Set.of(ContentWarning.GRIEF), 0, 10))
                .as("nor the topic it opens").isEmpty();
        assertThat(reading.countTopics(forum.getId(), trusted(), Set.of(ContentWarning.GRIEF))).isZero();
        assertThat(reading.countTopics(forum.getId(), author, Set.of(ContentWarning.GRIEF))).as("its writer").isEqualTo(1);
        TopicThread hiding = reading.readTopic(post.topicId(), trusted(), 1, Set.of(ContentWarning.GRIEF));
        assertThat(hiding.posts()).as("a reader who hides grief sees no trace of the post").isEmpty();
        assertThat(hiding.leftOutByPreference()).isEqualTo(1);
        assertThat(reading.readTopic(post.topicId(), author, 1, Set.of(ContentWarning.GRIEF)).posts())
                .as("the writer always sees their own post").hasSize(1);

        Reader staff = Reader.staff(newAccount().getId());
        assertThatThrownBy(() -> forumStaff.revealAuthor(trusted(), post.postId())).isInstanceOf(NotFoundException.class);
        assertThat(forumStaff.revealAuthor(staff, post.postId()))
                .isEqualTo(accounts.getAccount(author.accountId()).getDisplayName());
        assertThat(audit.entriesFor(ModerationService.SUBJECT_POST, post.postId(), 5))
                .extracting(AuditEntry::getAction, AuditEntry::getActorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ANONYMOUS_AUTHOR_REVEALED", staff.accountId()));

        Forum named = openForum();
        assertThatThrownBy(() -> posting.startTopic(author, named.getId(), "Anonymous where not allowed", "x", null, true))
                .isInstanceOf(PostRefusedException.class);
    }

    @Test
    void searchLeavesOutPostsUnderAHiddenWarningAndMarksOtherWarnedHits() {
        Forum forum = openForum();
        String word = "lighthouse" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Reader author = trusted();
        posting.startTopic(author, forum.getId(), "Missing my grandmother " + word, "The " + word + " was her favourite walk.",
                ContentWarning.GRIEF, false);
        posting.startTopic(trusted(), forum.getId(), "A walk to the " + word, "We saw the " + word + " at dusk.",
                ContentWarning.TRAUMA, false);
        Reader reader = trusted();

        assertThat(search.search(reader, word, Set.of())).extracting(SearchHit::contentWarning)
                .containsExactlyInAnyOrder(ContentWarning.GRIEF, ContentWarning.TRAUMA);
        assertThat(search.search(reader, word, Set.of(ContentWarning.GRIEF, ContentWarning.ABUSE)))
                .extracting(SearchHit::contentWarning).as("grief hidden, trauma still found with its warning")
                .containsExactly(ContentWarning.TRAUMA);
        assertThat(search.search(author, word, Set.of(ContentWarning.GRIEF))).extracting(SearchHit::contentWarning)
                .as("the writer finds their own post").contains(ContentWarning.GRIEF);
    }

    @Test
    void quotesMentionsAndRepliesTellThePeopleTheyConcern() {
        Forum forum = openForum();
        Reader starter = trusted();
        Reader replier = trusted();
        Account mentioned = newAccount();
        PostOutcome topic = posting.startTopic(starter, forum.getId(), "Who else walks in the morning?",
                "I walk at dawn.", null, false);
        posting.reply(replier, topic.topicId(), "> I walk at dawn.\n\nMe too! @" + mentioned.getDisplayName()
                + " does as well.", null, false, topic.postId());
        assertThat(noticesOf(starter.accountId())).extracting(Notification::getKind).containsExactly(NotificationKind.QUOTED);
        assertThat(noticesOf(mentioned.getId())).extracting(Notification::getKind).containsExactly(NotificationKind.MENTIONED);
        assertThat(noticesOf(replier.accountId())).isEmpty();
        assertThat(noticesOf(starter.accountId())).extracting(Notification::getParams).as("the topic and who wrote")
                .containsExactly(List.of("Who else walks in the morning?", accounts.getAccount(replier.accountId()).getDisplayName()));
    }

    @Test
    void aReplyNoticeNamesNobodyForAnAnonymousReplyAndReachesNobodyWhoLeftThePrivateGroup() {
        Forum forum = openForum();
        groups.configure(forum.getId(), true, true);
        Reader starter = trusted();
        long topicId = posting.startTopic(starter, forum.getId(), "Nights are long", "How do you pass them?", null, false)
                .topicId();
        posting.reply(trusted(), topicId, "I read until I'm sleepy.", null, true, null);
        assertThat(noticesOf(starter.accountId())).extracting(Notification::getParams).as("an anonymous writer stays unnamed")
                .containsExactly(List.of("Nights are long", ""));

        Forum group = groups.createForum("group-" + unique(), "A closed circle", "Members only.", ForumVisibility.PRIVATE, 51);
        groups.configure(group.getId(), false, false);
        Reader leaver = trusted();
        Reader stayer = trusted();
        long admin = newAccount().getId();
        for (Reader someone : List.of(leaver, stayer)) {
            groups.invite(admin, group.getId(), accounts.getAccount(someone.accountId()).getDisplayName());
            groups.acceptInvitation(someone, group.getId());
        }
        long groupTopic = posting.startTopic(leaver, group.getId(), "Our circle's plans", "What next?", null, false).topicId();
        groups.removeFromGroup(leaver.accountId(), group.getId(), leaver.accountId());
        posting.reply(stayer, groupTopic, "Let's meet on Thursday.", null, false, null);
        assertThat(noticesOf(leaver.accountId())).extracting(Notification::getKind)
                .as("who left the group learns nothing of what is said there").containsExactly(NotificationKind.GROUP_INVITATION);
    }

    @Test
    void crisisLanguageIsHeldAndQueuedFirstEvenForASilencedMemberAndSpamIsRefused() {
        Forum forum = openForum();
        Reader writer = trusted();
        PostOutcome post = posting.startTopic(writer, forum.getId(), "Tonight",
                "I can't see any reason to keep living.", null, false);
        assertThat(post.published()).isFalse();
        assertThat(post.crisis()).isTrue();
        List<ReviewItem> queue = moderation.openItems(0, 1000);
        int position = queue.stream().map(ReviewItem::getPostId).toList().indexOf(post.postId());
        assertThat(queue.subList(0, position + 1)).as("only crisis items before it: they come first")
                .extracting(ReviewItem::getKind).containsOnly(ReviewItem.Kind.CRISIS_ALERT);
        assertThat(queue.get(queue.size() - 1).getKind()).as("older items of other kinds come after")
                .isNotEqualTo(ReviewItem.Kind.CRISIS_ALERT);
        assertThat(openItemFor(post.postId()).getKind()).isEqualTo(ReviewItem.Kind.CRISIS_ALERT);
        assertThat(openItemFor(post.postId()).getReason()).isEqualTo(ModerationService.CRISIS_REASON);

        moderation.sanction(newAccount().getId(), writer.accountId(),
                org.peersupport.portal.moderation.Sanction.Kind.SILENCE, "Cooling off.", 1);
        PostOutcome silenced = posting.reply(writer, posting.startTopic(trusted(), forum.getId(), "Open topic",
                "Anyone around?", null, false).topicId(), "I want to die.", null, false, null);
        assertThat(silenced.crisis()).as("a silenced member in crisis is held, not refused").isTrue();
        assertThatThrownBy(() -> posting.reply(writer, silenced.topicId(), "Just chatting.", null, false, null))
                .isInstanceOfSatisfying(PostRefusedException.class,
                        e -> assertThat(e.getReasonKey()).isEqualTo("moderation.refused.silenced"));

        assertThatThrownBy(() -> posting.startTopic(trusted(), forum.getId(), "Grow fast", "Buy followers here, cheap.",
                null, false)).isInstanceOfSatisfying(PostRefusedException.class,
                        e -> assertThat(e.getReasonKey()).isEqualTo("safety.refused.watched"));
        assertThat(posting.startTopic(trusted(), forum.getId(), "Exams", "This exam is killing me, honestly.", null, false)
                .published()).as("an idiom is not a crisis").isTrue();
    }

    @Test
    void aFlaggingWatchedWordPublishesThePostAndQueuesItAndAReplacementRewritesTitleAndText() {
        Forum forum = openForum();
        PostOutcome flagged = posting.startTopic(trusted(), forum.getId(), "Work",
                "My manager is an idiot, honestly.", null, false);
        assertThat(flagged.published()).as("a flag does not hold").isTrue();
        ReviewItem item = openItemFor(flagged.postId());
        assertThat(item.getKind()).isEqualTo(ReviewItem.Kind.FLAGGED_POST);
        assertThat(item.getReason()).isEqualTo("moderation.reason.watchedFlag");

        Reader writer = trusted();
        PostOutcome rewritten = posting.startTopic(writer, forum.getId(), "My uncle committed suicide",
                "He committed suicide last spring and I still think of him.", null, false);
        assertThat(rewritten.published()).isTrue();
        TopicThread thread = reading.readTopic(rewritten.topicId(), writer, 1, Set.of());
        assertThat(thread.topic().getTitle()).isEqualTo("My uncle died by suicide");
        assertThat(reading.postForEditing(writer, rewritten.postId()).getBody())
                .isEqualTo("He died by suicide last spring and I still think of him.");
        assertThat(moderation.openItems(0, 1000)).extracting(ReviewItem::getPostId)
                .as("a replacement alone asks nobody to look").doesNotContain(rewritten.postId());
    }

    @Test
    void aDismissedFlagLowersItsFlaggersAccuracy() {
        Forum forum = openForum();
        PostOutcome post = posting.startTopic(trusted(), forum.getId(), "Harmless after all",
                "Just my opinion.", null, false);
        Reader flagger = Reader.staff(newAccount().getId());
        assertThat(posting.flag(flagger, post.postId(), FlagReason.OFF_TOPIC, null)).as("staff weight hides at once").isTrue();
        moderation.approve(newAccount().getId(), openItemFor(post.postId()).getId(), null);
        assertThat(moderation.standingOf(flagger.accountId()).getFlagsDismissed()).isEqualTo(1);
        assertThat(noticesOf(flagger.accountId())).extracting(Notification::getParams).contains(List.of("DISMISSED"));
    }

    @Test
    void readingTimeCountsGapsUpToFiveMinutesAndEachDayOnce() throws SQLException {
        long member = newAccount().getId();
        view(member);
        view(member);
        assertThat(moderation.standingOf(member).getDaysVisited()).isEqualTo(1);
        long before = moderation.standingOf(member).getReadSeconds();
        assertThat(before).as("two views a moment apart").isLessThan(5);

        shiftReading(member, "INTERVAL 2 MINUTE", "INTERVAL 0 DAY");
        view(member);
        long afterTwoMinutes = moderation.standingOf(member).getReadSeconds();
        assertThat(afterTwoMinutes - before).isBetween(120L, 125L);

        shiftReading(member, "INTERVAL 1 HOUR", "INTERVAL 0 DAY");
        view(member);
        assertThat(moderation.standingOf(member).getReadSeconds() - afterTwoMinutes).as("an hour away counts 5 minutes")
                .isEqualTo(300L);
        assertThat(moderation.standingOf(member).getDaysVisited()).isEqualTo(1);

        shiftReading(member, "INTERVAL 0 MINUTE", "INTERVAL 1 DAY");
        view(member);
        assertThat(moderation.standingOf(member).getDaysVisited()).as("a new day").isEqualTo(2);
    }

    @Test
    void pageViewsWrittenTogetherCountAsTheyWouldOneByOne() {
        long member = newAccount().getId();
        Instant start = Instant.now().minus(Duration.ofDays(1));
        moderation.writeReadingTime(List.of(
                new ReadingTime.PageView(member, start.plus(Duration.ofHours(3))), // out of order: sorted before writing
                new ReadingTime.PageView(member, start),
                new ReadingTime.PageView(member, start.plus(Duration.ofMinutes(2))),
                new ReadingTime.PageView(member, start.plus(Duration.ofDays(1)))));
        MemberStanding standing = moderation.standingOf(member);
        assertThat(standing.getReadSeconds()).as("2 minutes, then an hours-long gap counted as 5, then another 5").isEqualTo(120L + 300L + 300L);
        assertThat(standing.getDaysVisited()).as("two days").isEqualTo(2);
    }

    @Test
    void readingATopicMarksItReadAndCountsTheViewAMomentLater() throws SQLException {
        Forum forum = openForum();
        Reader author = trusted();
        PostOutcome opened = posting.startTopic(author, forum.getId(), "Read later", "Marked behind the page.", null, false);
        Reader reader = trusted();
        reading.readTopic(opened.topicId(), reader, 1, Set.of());
        writeBehindDue.fire(new WriteBehindDue());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "SELECT COUNT(*) FROM topic_read WHERE account_id = ? AND topic_id = ?")) {
            read.setLong(1, reader.accountId());
            read.setLong(2, opened.topicId());
            try (ResultSet rows = read.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the read marker").isEqualTo(1);
            }
        }
        assertThat(moderation.standingOf(reader.accountId()).getDaysVisited()).as("the view counted").isEqualTo(1);
        assertThat(reading.topicsPage(forum.getId(), reader, Set.of(), 0, 50)).filteredOn(t -> t.id() == opened.topicId())
                .singleElement().extracting(TopicRow::unread).isEqualTo(false);
    }

    private void view(long member) {
        moderation.writeReadingTime(List.of(new ReadingTime.PageView(member, Instant.now())));
    }

    /** Moves the member's last page view back in time, as if they had read it then. */
    private void shiftReading(long member, String readBack, String dayBack) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement shift = connection.prepareStatement("UPDATE member_standing SET last_read_at = last_read_at - "
                        + readBack + ", last_visit_day = last_visit_day - " + dayBack + " WHERE account_id = ?")) {
            shift.setLong(1, member);
            assertThat(shift.executeUpdate()).isEqualTo(1);
        }
    }

    private Reader trusted() {
        return TestPeople.trustedMember(accounts, "Europe/London", "en");
    }

    private Account newAccount() {
        return accounts.register(TestPeople.newRegistration("Europe/London", "en"));
    }

    private Forum openForum() {
        return groups.createForum("forum-" + unique(), "A forum", "For tests.", ForumVisibility.OPEN, 60);
    }

    private ReviewItem openItemFor(long postId) {
        return moderation.openItems(0, 1000).stream().filter(i -> i.getPostId() != null && i.getPostId() == postId)
                .findFirst().orElseThrow();
    }

    private List<Notification> noticesOf(long accountId) {
        return notifications.page(accountId, 0, 50);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
