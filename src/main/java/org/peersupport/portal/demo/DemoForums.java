package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.forum.ContentWarning;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.ForumVisibility;
import org.peersupport.portal.forum.PostingService;
import org.peersupport.portal.forum.Reader;
import org.peersupport.portal.moderation.MemberStanding;

/**
 * A few forums, one private group and some conversations, so a newcomer sees the portal as members
 * do. Runs after the demo accounts exist.
 */
@ApplicationScoped
public class DemoForums {

    /** How many days old the seeded conversations are made. */
    private static final int AGE_DAYS = 2;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ForumGroupService forums;

    @Inject
    private PostingService posting;

    @Inject
    private AccountService accounts;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) DemoDataRequested request) {
        Forum introductions = forums.createForum("introductions", "Introductions",
                "Say hello and tell us, as much or as little as you like, what brings you here.", ForumVisibility.OPEN, 1);
        Forum anxiety = forums.createForum("anxiety", "Living with anxiety",
                "Everyday strategies, setbacks and small wins with anxiety and panic.", ForumVisibility.OPEN, 2);
        Forum lowMood = forums.createForum("low-mood", "Low mood and depression",
                "A gentle space for the heavy days and what helps you through them. You may post anonymously here.",
                ForumVisibility.OPEN, 3);
        forums.createForum("carers", "Family and carers",
                "For the people who support someone in care.", ForumVisibility.OPEN, 4);
        Forum circle = forums.createForum("recovery-circle", "Thursday recovery circle",
                "The private group of the Thursday programme.", ForumVisibility.PRIVATE, 5);
        forums.configure(lowMood.getId(), true, true);

        long member = id("member@demo.test");
        long miembro = id("miembro@demo.test");
        long mentor = id("mentor@demo.test");
        long facilitator = id("facilitator@demo.test");
        // People who have been around for a while: their posts are not held as a newcomer's are.
        for (long someone : new long[] {member, miembro, mentor, facilitator}) {
            trusted(someone);
        }
        forums.invite(id("admin@demo.test"), circle.getId(), "Quiet Harbor");
        forums.acceptInvitation(Reader.member(member), circle.getId());
        forums.invite(id("admin@demo.test"), circle.getId(), "Morning Circle");
        forums.acceptInvitation(Reader.member(facilitator), circle.getId());

        // Demo content skips the moderation check (as staff writing would): it is not a member's post.
        long hello = posting.startTopic(demo(member), introductions.getId(), "Hello from a first-timer",
                "Hi all. I joined after my clinic suggested it. I'm not sure what to say yet, but I'm glad this exists.",
                null, false).topicId();
        posting.reply(demo(mentor), hello, "Welcome, Quiet Harbor. There is no right way to start here: "
                + "reading along is taking part too.", null, false, null);
        posting.reply(demo(miembro), hello, "¡Bienvenida! I write in Spanish and English, whichever comes easier that day.",
                null, false, null);
        long breathing = posting.startTopic(demo(mentor), anxiety.getId(), "What helps you in the first minute of panic?",
                "For me it's **naming five things I can see**. It sounds small but it gives my mind something to hold. "
                        + "What works for you?", null, false).topicId();
        posting.reply(demo(member), breathing, "Cold water on my wrists, and breathing out longer than in.", null, false, null);
        posting.startTopic(demo(member), lowMood.getId(), "A hard week",
                "This week I had thoughts of hurting myself again. I'm safe now and I told my care team. "
                        + "I wanted to say it somewhere people understand.", ContentWarning.SELF_HARM, true);
        posting.startTopic(demo(facilitator), circle.getId(), "Homework from session 3",
                "Please share one moment this week when you noticed a thought without following it.", null, false);
        ageAllContent();
    }

    private void trusted(long accountId) {
        MemberStanding standing = em.find(MemberStanding.class, accountId);
        if (standing == null) {
            standing = new MemberStanding(accountId);
            em.persist(standing);
        }
        standing.setTrustLevel(1);
    }

    /** The seeded conversations, days old as they would be on a living forum (the demo loads into an empty forum). */
    private void ageAllContent() {
        em.flush();
        em.createNativeQuery("UPDATE post SET created_at = created_at - INTERVAL ?1 DAY").setParameter(1, AGE_DAYS)
                .executeUpdate();
        em.createNativeQuery("UPDATE topic SET created_at = created_at - INTERVAL ?1 DAY,"
                + " last_activity_at = last_activity_at - INTERVAL ?1 DAY").setParameter(1, AGE_DAYS).executeUpdate();
        em.createNativeQuery("UPDATE topic_read SET read_at = read_at - INTERVAL ?1 DAY").setParameter(1, AGE_DAYS)
                .executeUpdate();
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    private static Reader demo(long accountId) {
        return Reader.staff(accountId);
    }
}
