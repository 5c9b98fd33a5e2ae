package org.peersupport.portal.mentoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.peersupport.portal.mentoring.matching.MatchReason;

/**
 * A proposal's reasons kept as text, "key|arg|arg;key|arg", so each reader gets them in their own
 * language. Arguments are codes and numbers, never free text, so the separators cannot occur.
 */
public final class MatchReasons {

    private MatchReasons() {
    }

    public static String format(List<MatchReason> reasons) {
        return reasons.stream().map(reason -> {
            List<String> parts = new ArrayList<>();
            parts.add(reason.key());
            reason.arguments().forEach(argument -> parts.add(String.valueOf(argument)));
            return String.join("|", parts);
        }).collect(Collectors.joining(";"));
    }

    public static List<MatchReason> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(part -> {
            String[] pieces = part.split("\\|");
            return new MatchReason(pieces[0], List.<Object>of(Arrays.copyOfRange(pieces, 1, pieces.length)));
        }).toList();
    }
}
