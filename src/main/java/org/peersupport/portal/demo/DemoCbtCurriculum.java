package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.List;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;
import org.peersupport.portal.curriculum.CurriculumService;
import org.peersupport.portal.curriculum.SessionContent;

/**
 * An eight-session CBT skills group written by the demo facilitator (Morning Circle) and
 * published as version 1, so the facilitation pages have a realistic programme to read and copy.
 */
@ApplicationScoped
public class DemoCbtCurriculum {

    @Inject
    private AccountService accounts;

    @Inject
    private CurriculumService curricula;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) DemoDataRequested request) {
        long facilitator = accounts.findByEmail("facilitator@demo.test").orElseThrow().getId();
        Curriculum draft = curricula.create(facilitator, new CurriculumDetails("CBT skills group: eight weeks",
                "Adults with low mood or anxiety who want practical skills, in a group of six to ten, alongside any care they already have",
                """
                An eight-week group that teaches the core skills of cognitive behavioural therapy (CBT): noticing the links \
                between situations, thoughts, feelings, body and behaviour, and practising small, planned changes.

                Each session has a short **psychoeducation** part, a practical exercise done together, and a between-session \
                practice. The group is a place to learn and practise skills; it does not replace individual treatment, and \
                anyone who feels unsafe is pointed to crisis support straight away.
                """));
        for (SessionContent session : SESSIONS) {
            curricula.addSession(facilitator, draft.getId(), session);
        }
        curricula.publish(facilitator, draft.getId());
    }

    private static final List<SessionContent> SESSIONS = List.of(
            new SessionContent("Understanding the CBT model", "How situations, thoughts, feelings, body and actions affect each other",
                    """
                    CBT starts from a simple observation: it is often not only what happens to us, but how we make sense of it, \
                    that shapes how we feel and what we do next. A **situation** triggers **thoughts**; thoughts go with \
                    **feelings** and **body sensations**; and all of these nudge our **behaviour**, which in turn changes the \
                    next situation.

                    These links can form loops. Feeling low, we may stay in and cancel plans; staying in gives fewer chances to \
                    feel good, which confirms the thought "nothing helps". The good news is that a loop can be loosened at any \
                    point, and small changes in one part often ease the others.

                    In this group we practise skills rather than talk about them. Nobody is asked to share more than they want to.
                    """,
                    """
                    In pairs, take a recent, mildly difficult moment (not the hardest one). Map it onto the five parts: \
                    situation, thoughts, feelings, body, behaviour. Notice one link between two parts.
                    """,
                    """
                    Once a day, jot down one moment using the five parts. Short notes are enough; the aim is noticing, not fixing.
                    """),
            new SessionContent("Noticing thoughts", "Catching automatic thoughts and separating them from facts",
                    """
                    **Automatic thoughts** are the quick, often unnoticed comments the mind makes: "I've messed this up", \
                    "They think I'm boring". They feel like facts because they arrive fast and sound familiar.

                    A useful first step is simply to catch them. When your mood shifts, ask: *what was going through my mind \
                    just then?* Write the thought down in the words you heard it, and rate how strongly you believed it \
                    (0–100%). Writing a thought down puts a little distance between you and it.

                    Thoughts are mental events, not instructions. We do not try to stop them; we learn to notice and look at them.
                    """,
                    """
                    Practise a thought record with three columns (situation, feeling with a 0–100 rating, automatic thought) on \
                    an example from the week. Share in small groups what it was like to write the thought down.
                    """,
                    """
                    Complete at least three thought records this week when you notice a shift in mood.
                    """),
            new SessionContent("Thinking traps", "Common patterns in automatic thoughts",
                    """
                    Everyone's mind takes shortcuts. When we are stressed or low, some shortcuts become habits that colour how \
                    we see things. Common **thinking traps** include:

                    - **All-or-nothing thinking:** "If it isn't perfect, it's a failure."
                    - **Mind reading:** assuming we know what others think.
                    - **Catastrophising:** jumping to the worst outcome.
                    - **Overgeneralising:** "This always happens to me."
                    - **Discounting the positive:** "That went well, but it doesn't count."

                    Naming a trap is not about blaming yourself for thinking it. It is a way of stepping back and saying \
                    *"ah, that's my mind doing catastrophising again"*.
                    """,
                    """
                    Look back at last week's thought records. As a group, match example thoughts (shared anonymously on cards) \
                    to thinking traps. Notice which traps you meet most often.
                    """,
                    """
                    Add a fourth column to your thought records: the thinking trap, if you spot one.
                    """),
            new SessionContent("Balanced thinking", "Weighing the evidence and finding a fairer view",
                    """
                    Once a thought is caught, we can look at it the way a fair-minded friend might. This is not about \
                    "positive thinking" or pretending things are fine; it is about finding a view that fits **all** the facts.

                    Helpful questions: *What is the evidence for this thought? What is the evidence against it? What would I \
                    say to a friend who had this thought? How will I see this in a month?* A balanced thought often includes \
                    the difficult part and something more: "The meeting was hard, and I still said the main things I wanted to."

                    After writing a balanced thought, re-rate the original belief and your feeling. Even a small drop matters.
                    """,
                    """
                    In pairs, take one thought record and work through the evidence questions together. Write a balanced thought \
                    and re-rate the feeling.
                    """,
                    """
                    Complete full thought records (with evidence for and against, and a balanced thought) on two or three \
                    occasions this week.
                    """),
            new SessionContent("Behavioural activation", "Rebuilding routine, enjoyment and a sense of achievement",
                    """
                    When mood is low, we tend to do less, and doing less tends to keep mood low. **Behavioural activation** \
                    works the other way round: we plan small activities first and let motivation follow, rather than waiting \
                    to feel like it.

                    Useful activities bring **pleasure** (something enjoyable), **achievement** (something done), or \
                    **connection** (time with others), or matter because they fit your **values**. Start smaller than feels \
                    necessary: a ten-minute walk counts. Then notice how you felt before and after.
                    """,
                    """
                    Fill in an activity diary for one typical day, rating mood (0–10) next to each activity. Then choose three \
                    small activities for the coming week and decide exactly when you will do them.
                    """,
                    """
                    Do the three planned activities, rating mood before and after each one. Bring the diary next week.
                    """),
            new SessionContent("Problem solving", "A step-by-step way to tackle practical problems",
                    """
                    Some difficulties are not mainly about thinking: a bill, a difficult conversation, too much to do. \
                    Structured **problem solving** helps when a problem feels too big to start on.

                    1. Define the problem clearly and specifically.
                    2. Brainstorm possible solutions, without judging them yet.
                    3. Weigh the pros and cons of the most promising ones.
                    4. Choose one and plan the steps: what, when, who may help.
                    5. Try it, then review what happened and adjust.

                    The aim is progress, not a perfect solution.
                    """,
                    """
                    In small groups, work through the five steps with a made-up problem, then individually with a small real one.
                    """,
                    """
                    Carry out the first step of your plan and note what happened, including anything that got in the way.
                    """),
            new SessionContent("Managing worry", "Telling helpful problem solving from unhelpful worry",
                    """
                    **Worry** is a chain of "what if…?" thoughts about the future. Some worry leads to useful action; much of it \
                    goes round in circles and leaves us more tense. A first step is to ask: *is this a problem I can act on \
                    now?* If yes, use problem solving. If not, we practise letting the worry be, rather than trying to settle it.

                    **Worry time** can help: postpone worries to a set 15-minute slot each day, jot them down when they appear, \
                    and return to the present. Many people find the worries feel smaller by the time their slot comes.

                    Grounding can help too: noticing five things you can see, four you can hear, three you can touch.
                    """,
                    """
                    Sort a list of your current worries into "can act on now" and "cannot act on now". Practise a short \
                    grounding exercise together.
                    """,
                    """
                    Try a daily worry time for the week, and note how often you postponed a worry and what happened to it.
                    """),
            new SessionContent("Relapse prevention and keeping well", "Bringing the skills together and planning for setbacks",
                    """
                    Setbacks are a normal part of change, not a sign that the work has failed. Knowing your own **early warning \
                    signs** (sleeping differently, withdrawing, a familiar thinking trap returning) lets you act sooner.

                    In this last session we bring the skills together into a personal **keeping-well plan**: what helped most, \
                    your warning signs, what you will do when you notice them, and who you can contact. The plan also lists \
                    where to find urgent help if you ever feel unsafe.

                    Finishing a group can stir up feelings. It is fine to talk about that here.
                    """,
                    """
                    Write your keeping-well plan using the template, then share one part of it with a partner if you wish.
                    """,
                    """
                    Keep your plan somewhere easy to find, and set a reminder to review it in a month.
                    """));
}
