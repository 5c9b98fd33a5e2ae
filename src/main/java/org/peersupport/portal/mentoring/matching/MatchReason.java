package org.peersupport.portal.mentoring.matching;

import java.util.List;
import java.util.Objects;

/**
 * One reason a pair fits, for the page: a bundle key ({@code mentoring.reason.*}) and its
 * MessageFormat arguments (language codes as text, counts as numbers).
 */
public record MatchReason(String key, List<Object> arguments) {

    public MatchReason {
        Objects.requireNonNull(key);
        arguments = List.copyOf(arguments);
    }

    static MatchReason of(String key, Object... arguments) {
        return new MatchReason(key, List.of(arguments));
    }
}
