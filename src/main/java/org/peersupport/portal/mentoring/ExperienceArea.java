package org.peersupport.portal.mentoring;

/**
 * The list both sides choose from: a mentor's lived experience and a mentee's needs. Shown through
 * the bundle keys {@code mentoring.area.<NAME>}; free text adds what the list lacks.
 */
public enum ExperienceArea {
    ANXIETY,
    DEPRESSION,
    BIPOLAR,
    PSYCHOSIS,
    EATING_DISORDERS,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
    TRAUMA,
    OCD,
    ADDICTION_RECOVERY,
    GRIEF,
    PERINATAL,
    CAREGIVING,
    NEURODIVERGENCE,
    LGBTQ_IDENTITY,
    CHRONIC_ILLNESS
}
