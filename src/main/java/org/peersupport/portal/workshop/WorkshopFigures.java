package org.peersupport.portal.workshop;

/**
 * A workshop's figures for its host. Rates are whole percentages: fill over the capacity,
 * cancellations over everyone who ever held a seat or a place in line, no-shows over the
 * confirmed attendees the host has checked in either way.
 */
public record WorkshopFigures(WorkshopCard card, int confirmed, int waitlisted, int cancelled, int attended, int noShows) {

    public int fillRate() {
        return percent(confirmed, card.capacity());
    }

    public int cancellationRate() {
        return percent(cancelled, confirmed + waitlisted + cancelled);
    }

    public int noShowRate() {
        return percent(noShows, attended + noShows);
    }

    public boolean checkedIn() {
        return attended + noShows > 0;
    }

    static int percent(int part, int whole) {
        return whole <= 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
