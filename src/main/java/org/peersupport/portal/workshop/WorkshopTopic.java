package org.peersupport.portal.workshop;

/** What a workshop is about, for the listing's filter; each has a workshop.topic.NAME text. */
public enum WorkshopTopic {
    MINDFULNESS,
    COPING_SKILLS,
    RELATIONSHIPS,
    STRESS_AND_SLEEP,
    CREATIVE_EXPRESSION,
    RECOVERY_STORIES
}
