package org.peersupport.portal.mentoring.matching;

import java.util.List;

/** How well a mentor fits a request: the score the assigner maximises and the reasons behind it. */
public record Compatibility(int score, List<MatchReason> reasons) {

    public Compatibility {
        reasons = List.copyOf(reasons);
    }
}
