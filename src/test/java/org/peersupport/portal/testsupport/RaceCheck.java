package org.peersupport.portal.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sign-up race left in the database, read over JDBC, and whether it is right: one
 * registration per racer and nobody else, exactly {@code capacity} CONFIRMED, the rest WAITLISTED
 * with waitlist numbers 1..(racers - capacity), each once, and the workshop's waitlist counter at
 * the last number given.
 */
public record RaceCheck(int rows, int confirmed, int waitlisted, int otherStatus, boolean positionsOk, List<String> problems) {

    public boolean passed() {
        return problems.isEmpty();
    }

    public static RaceCheck of(String jdbcUrl, String user, String password, long workshopId, int capacity, List<Long> racers)
            throws SQLException {
        int rows = 0;
        int confirmed = 0;
        int waitlisted = 0;
        int other = 0;
        List<String> problems = new ArrayList<>();
        Set<Long> members = new HashSet<>();
        List<Integer> numbers = new ArrayList<>();
        Set<Long> expected = new HashSet<>(racers);
        int counter;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT member_id, status, waitlist_number FROM workshop_registration WHERE workshop_id = ?")) {
                query.setLong(1, workshopId);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        long member = row.getLong("member_id");
                        if (!members.add(member)) {
                            problems.add("member " + member + " registered twice");
                        }
                        if (!expected.contains(member)) {
                            problems.add("member " + member + " registered but did not race");
                        }
                        int number = row.getInt("waitlist_number");
                        boolean hasNumber = !row.wasNull();
                        switch (row.getString("status")) {
                            case "CONFIRMED" -> {
                                confirmed++;
                                if (hasNumber) {
                                    problems.add("confirmed member " + member + " has waitlist number " + number);
                                }
                            }
                            case "WAITLISTED" -> {
                                waitlisted++;
                                if (hasNumber) {
                                    numbers.add(number);
                                } else {
                                    problems.add("waitlisted member " + member + " has no waitlist number");
                                }
                            }
                            default -> other++;
                        }
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT next_waitlist_number FROM workshop WHERE id = ?")) {
                query.setLong(1, workshopId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    counter = row.getInt(1);
                }
            }
        }
        int waiting = Math.max(racers.size() - capacity, 0);
        int seats = Math.min(capacity, racers.size());
        if (rows != racers.size()) {
            problems.add(rows + " registrations for " + racers.size() + " racers");
        }
        if (confirmed != seats) {
            problems.add(confirmed + " confirmed for " + seats + " seats");
        }
        if (waitlisted != waiting) {
            problems.add(waitlisted + " waitlisted, expected " + waiting);
        }
        if (other != 0) {
            problems.add(other + " registrations neither confirmed nor waitlisted");
        }
        List<Integer> sorted = numbers.stream().sorted().toList();
        boolean positionsOk = sorted.size() == waiting;
        for (int i = 0; positionsOk && i < sorted.size(); i++) {
            positionsOk = sorted.get(i) == i + 1;
        }
        if (!positionsOk) {
            problems.add("waitlist numbers are not 1.." + waiting + " each once: " + summary(sorted));
        }
        if (counter != waiting) {
            problems.add("the workshop's waitlist counter is " + counter + ", expected " + waiting);
        }
        return new RaceCheck(rows, confirmed, waitlisted, other, positionsOk, List.copyOf(problems));
    }

    /** The first and last few numbers, enough to see a gap or a repeat. */
    private static String summary(List<Integer> sorted) {
        return sorted.size() <= 12 ? sorted.toString()
                : sorted.subList(0, 6) + " ... " + sorted.subList(sorted.size() - 6, sorted.size()) + " (" + sorted.size() + " numbers)";
    }
}
