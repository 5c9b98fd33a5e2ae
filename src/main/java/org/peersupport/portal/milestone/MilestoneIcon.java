package org.peersupport.portal.milestone;

/** The emblems a milestone can carry; each is an SVG in the WAR (resources/images/milestones/NAME.svg). */
public enum MilestoneIcon {
    SEEDLING,
    SUNRISE,
    PATH,
    STAR,
    HANDS,
    MOUNTAIN,
    LIGHTHOUSE,
    BOOK;

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".svg";
    }
}
