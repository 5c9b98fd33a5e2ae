package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Registration;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.ForumVisibility;
import org.peersupport.portal.forum.PostRefusedException;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.forum.TopicReadingService;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * Writes that race each other inside Payara Micro, against MariaDB: the one that loses a deadlock or
 * an optimistic lock is run again ({@link RetryOnConflict}), so nobody's reply or sign-in fails
 * because someone else wrote at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritesIT {

    private static final int THREADS = 8;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ConcurrentWritesIT.class, TestPeople.class);
    }

    @Inject
    private ForumGroupService groups;

    @Inject
    private TopicReadingService reading;

    @Inject
    private PostingService posting;

    @Inject
    private AccountService accounts;


    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Test
    void peopleReplyingToOneTopicAtOnceAllGetTheirReplyIn() throws Exception {
        long topicId = newTopic();
        List<Reader> repliers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            repliers.add(trusted());
        }
        List<Outcome> outcomes = atOnce(THREADS, i -> () -> posting.reply(repliers.get(i), topicId,
                "Reply " + i + " at the same moment", null, false, null));

        assertThat(outcomes).as("every reply went in").allMatch(Outcome::succeeded);
        assertThat(reading.readTopic(topicId, repliers.get(0), 1, Set.of()).posts())
                .as("the opening post and every reply").hasSize(THREADS + 1);
    }

    @Test
    void oneMemberReplyingFromSeveralTabsAtOnceGetsAReplyInAndNoConflict() throws Exception {
        long topicId = newTopic();
        Reader member = trusted();
        List<Outcome> outcomes = atOnce(THREADS, i -> () -> posting.reply(member, topicId,
                "Tab " + i + " sends at the same moment", null, false, null));

        // The trust policy's gap between one member's posts refuses the later ones, by name; what
        // must never happen is a failure because the tabs collided on the member's own records.
        assertThat(outcomes).as("each tab's reply went in or was refused as too soon, none failed on a conflict")
                .allMatch(o -> o.succeeded() || o.failure() instanceof PostRefusedException);
        assertThat(outcomes).as("the first one went in").anyMatch(Outcome::succeeded);
    }

    @Test
    void signingInToOneAccountFromSeveralPlacesAtOnceAlwaysWorks() throws Exception {
        Registration registration = TestPeople.newRegistration("Europe/London", "en");
        accounts.register(registration);
        // A sign-in always runs inside an HTTP request (the session notes the account's stamps there).
        List<Outcome> outcomes = atOnce(THREADS, i -> () -> {
            RequestContextController request = CDI.current().select(RequestContextController.class).get();
            request.activate();
            try {
                return accounts.verifyCredentials(registration.getEmail(), registration.getPassword()).orElseThrow();
            } finally {
                request.deactivate();
            }
        });

        assertThat(outcomes).as("every sign-in found the account").allMatch(Outcome::succeeded);
    }

    /** Runs {@code count} tasks released at the same instant on the server's managed threads. */
    private List<Outcome> atOnce(int count, IntFunction<Callable<?>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<?> work = task.apply(i);
            futures.add(executor.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<?> future : futures) {
            try {
                future.get(2, TimeUnit.MINUTES);
                outcomes.add(new Outcome(null));
            } catch (ExecutionException e) {
                outcomes.add(new Outcome(e.getCause()));
            }
        }
        outcomes.stream().filter(o -> !o.succeeded()).forEach(o -> o.failure().printStackTrace());
        return outcomes;
    }

    private record Outcome(Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }

        @Override
        public String toString() {
            return succeeded() ? "succeeded" : failure.toString();
        }
    }

    private long newTopic() {
        Forum forum = groups.createForum("race-" + unique(), "A busy forum", "For tests.", ForumVisibility.OPEN, 70);
        return posting.startTopic(trusted(), forum.getId(), "Everyone answers at once", "Who is here?", null, false)
                .topicId();
    }

    private Reader trusted() {
        return TestPeople.trustedMember(accounts, "Europe/London", "en");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
