package org.peersupport.portal.mentoring.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peersupport.portal.mentoring.MenteeRequest;
import org.peersupport.portal.mentoring.MentoringService.MentorshipView;
import org.peersupport.portal.mentoring.Mentorship;

/**
 * Where a member stands as a mentee, for the mentoring page: with a mentor now, waiting on a
 * request, after a mentorship that ended, or never asked. Only the last two offer "Ask for a mentor".
 *
 * @param kind the state
 * @param mentorship the active mentorship (MATCHED) or the latest ended one (ENDED), else null
 */
public record MenteeStanding(Kind kind, MentorshipView mentorship) {

    public enum Kind {
        /** Never asked, or withdrew: may ask. */
        NONE,
        /** A request waits for matching, or for the member's choice, or for the mentor's answer. */
        ASKED,
        /** Has a mentor now. */
        MATCHED,
        /** Had a mentor; that mentorship ended, and nothing is asked: may ask again. */
        ENDED
    }

    /** From the member's open request (or null) and their mentorships, either side. */
    public static MenteeStanding of(MenteeRequest request, List<MentorshipView> mentorships) {
        List<MentorshipView> asMentee = mentorships.stream().filter(v -> v.side() == Mentorship.Side.MENTEE).toList();
        MentorshipView active = asMentee.stream().filter(v -> v.mentorship().isActive()).findFirst().orElse(null);
        if (active != null) {
            return new MenteeStanding(Kind.MATCHED, active);
        }
        if (request != null) {
            return new MenteeStanding(Kind.ASKED, null);
        }
        return asMentee.stream().filter(v -> v.mentorship().getEndedAt() != null)
                .max(Comparator.comparing((MentorshipView v) -> v.mentorship().getEndedAt(), Comparator.nullsFirst(Instant::compareTo)))
                .map(ended -> new MenteeStanding(Kind.ENDED, ended)).orElse(new MenteeStanding(Kind.NONE, null));
    }

    public MenteeStanding {
        Objects.requireNonNull(kind);
    }

    /** Whether "Ask for a mentor" is offered: never with a mentor or a request waiting. */
    public boolean mayAsk() {
        return kind == Kind.NONE || kind == Kind.ENDED;
    }

    public boolean matched() {
        return kind == Kind.MATCHED;
    }

    public boolean ended() {
        return kind == Kind.ENDED;
    }
}
