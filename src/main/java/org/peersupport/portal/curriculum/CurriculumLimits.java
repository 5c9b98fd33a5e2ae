package org.peersupport.portal.curriculum;

/** Field lengths, as the V9 migration's columns allow (TEXT holds 65,535 bytes, so 4-byte UTF-8 fits 16,000). */
public final class CurriculumLimits {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 300;
    public static final int AUDIENCE_MAX = 300;
    public static final int TEXT_MAX = 16_000;
    public static final int SHORT_TEXT_MAX = 8_000;
    /** More sessions than a group programme ever runs is a mistake, not a programme. */
    public static final int SESSIONS_MAX = 52;

    private CurriculumLimits() {}
}
