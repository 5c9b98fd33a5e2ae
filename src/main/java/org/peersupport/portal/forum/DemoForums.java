package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.peersupport.portal.shared.demo.DemoDataRequested;

/** A few forums and one private group, so a newcomer sees the portal as members do. */
@ApplicationScoped
public class DemoForums {

    @Inject
    private ForumService forums;

    void load(@Observes DemoDataRequested request) {
        forums.createForum("introductions", "Introductions",
                "Say hello and tell us, as much or as little as you like, what brings you here.", ForumVisibility.OPEN, 1);
        forums.createForum("anxiety", "Living with anxiety",
                "Everyday strategies, setbacks and small wins with anxiety and panic.", ForumVisibility.OPEN, 2);
        forums.createForum("low-mood", "Low mood and depression",
                "A gentle space for the heavy days and what helps you through them.", ForumVisibility.OPEN, 3);
        forums.createForum("carers", "Family and carers",
                "For the people who support someone in care.", ForumVisibility.OPEN, 4);
        forums.createForum("recovery-circle", "Thursday recovery circle",
                "The private group of the Thursday programme.", ForumVisibility.PRIVATE, 5);
    }
}
