package org.peersupport.portal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.milestone.MilestoneDefinition;
import org.peersupport.portal.milestone.MilestoneDefinitionDetails;
import org.peersupport.portal.milestone.MilestoneIcon;
import org.peersupport.portal.milestone.MilestoneRule;
import org.peersupport.portal.milestone.MilestoneService;

/**
 * A clinic's first milestones, defined before the demo group's attendance is marked (DemoCohortProgress),
 * so the demo member reaches some from the attendance itself; then one given by hand with a note.
 */
@ApplicationScoped
public class DemoMilestones {

    @Inject
    private AccountService accounts;

    @Inject
    private MilestoneService milestones;

    private Long byHand;

    @Transactional
    void define(@Observes @Priority(Interceptor.Priority.APPLICATION + 640) DemoDataRequested request) {
        long facilitator = id("facilitator@demo.test");
        define(facilitator, "First step", "Came to a first group session. Walking through the door is often the hardest part.",
                MilestoneIcon.SEEDLING, MilestoneRule.SESSIONS_ATTENDED, 1);
        define(facilitator, "Finding your rhythm", "Attended five group sessions.", MilestoneIcon.SUNRISE, MilestoneRule.SESSIONS_ATTENDED, 5);
        define(facilitator, "Steady weeks", "Three weeks in a row with a group session.", MilestoneIcon.PATH, MilestoneRule.WEEKLY_STREAK, 3);
        define(facilitator, "Programme completed", "Completed a group programme from start to finish.", MilestoneIcon.MOUNTAIN,
                MilestoneRule.PROGRAMME_COMPLETED, 1);
        define(facilitator, "Curious learner", "Took part in a workshop.", MilestoneIcon.BOOK, MilestoneRule.WORKSHOPS_ATTENDED, 1);
        define(facilitator, "Shared the journey", "Brought a peer mentorship to its end, together.", MilestoneIcon.HANDS,
                MilestoneRule.MENTORSHIP_CONCLUDED, 1);
        define(facilitator, "Ready to mentor", "Completed peer mentor training and was approved as a mentor.", MilestoneIcon.LIGHTHOUSE,
                MilestoneRule.MENTOR_TRAINING_COMPLETED, 1);
        byHand = define(facilitator, "A light for others", "Given by a facilitator for kindness that made the group a safer place.",
                MilestoneIcon.STAR, MilestoneRule.BY_HAND, 1).getId();
    }

    @Transactional
    void award(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataRequested request) {
        milestones.awardByHand(id("facilitator@demo.test"), id("member@demo.test"), byHand,
                "Thank you for the way you welcomed the two new members last month. It mattered.");
    }

    private MilestoneDefinition define(long facilitator, String name, String description, MilestoneIcon icon, MilestoneRule rule, int threshold) {
        return milestones.define(facilitator, new MilestoneDefinitionDetails(name, description, icon, rule, threshold));
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
