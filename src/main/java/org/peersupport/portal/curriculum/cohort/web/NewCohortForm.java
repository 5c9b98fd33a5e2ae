package org.peersupport.portal.curriculum.cohort.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.peersupport.portal.curriculum.cohort.CohortDetails;
import org.peersupport.portal.curriculum.cohort.EnrolmentMode;
import org.peersupport.portal.curriculum.cohort.WeeklyRule;

/** What the facilitator types to start a cohort, until it becomes the cohort's details and weekly rule. */
public class NewCohortForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long versionId;
    private String name;
    private int capacity = 8;
    private ZoneId timeZone;
    private String location;
    private EnrolmentMode mode = EnrolmentMode.OPEN;
    private DayOfWeek day = DayOfWeek.TUESDAY;
    private LocalTime localTime = LocalTime.of(18, 0);
    private LocalDate startDate;
    private int durationMinutes = 90;

    /** The viewer's zone, and a first session a week from today, until the facilitator picks others. */
    void startIn(ZoneId viewerZone) {
        if (timeZone == null) {
            timeZone = viewerZone;
        }
        if (startDate == null) {
            startDate = LocalDate.now(timeZone).plusWeeks(1);
        }
    }

    CohortDetails details() {
        return new CohortDetails(name, capacity, timeZone, location, mode);
    }

    WeeklyRule rule() {
        return new WeeklyRule(day, localTime, startDate, durationMinutes);
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public EnrolmentMode getMode() {
        return mode;
    }

    public void setMode(EnrolmentMode mode) {
        this.mode = mode;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public LocalTime getLocalTime() {
        return localTime;
    }

    public void setLocalTime(LocalTime localTime) {
        this.localTime = localTime;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }
}
