package org.peersupport.portal.workshop.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.peersupport.portal.workshop.AttendanceMode;
import org.peersupport.portal.workshop.WorkshopDetails;
import org.peersupport.portal.workshop.WorkshopTopic;

/**
 * What the facilitator types on facilitation/workshop.xhtml until it becomes {@link WorkshopDetails}.
 * The offer window is asked in hours; a deadline left empty is the start.
 */
public class WorkshopForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private WorkshopTopic topic;
    private String language;
    private LocalDateTime start;
    private LocalDateTime end;
    private ZoneId timeZone;
    private Integer capacity = 12;
    private AttendanceMode mode = AttendanceMode.IN_PERSON;
    private String location;
    private String onlineLink;
    private LocalDateTime signUpDeadline;
    private LocalDateTime cancellationDeadline;
    private Integer offerWindowHours = WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES / 60;
    private String question;

    /** A new workshop: the host's zone and language, an evening a week from today. */
    void startIn(ZoneId zone, Locale hostLanguage) {
        timeZone = zone;
        language = hostLanguage.getLanguage();
        start = LocalDate.now(zone).plusWeeks(1).atTime(LocalTime.of(18, 0));
        end = start.plusMinutes(90);
    }

    void fill(WorkshopDetails details) {
        title = details.title();
        description = details.description();
        topic = details.topic();
        language = details.language().getLanguage();
        start = details.start();
        end = details.end();
        timeZone = details.timeZone();
        capacity = details.capacity();
        mode = details.mode();
        location = details.location();
        onlineLink = details.onlineLink();
        signUpDeadline = details.signUpDeadline();
        cancellationDeadline = details.cancellationDeadline();
        offerWindowHours = Math.max(1, details.offerWindowMinutes() / 60);
        question = details.question();
    }

    WorkshopDetails details() {
        boolean online = mode == AttendanceMode.ONLINE;
        return new WorkshopDetails(strip(title), strip(description), topic, Locale.forLanguageTag(language), start, end, timeZone,
                capacity, mode, online ? null : strip(location), online ? strip(onlineLink) : null,
                signUpDeadline == null ? start : signUpDeadline, cancellationDeadline == null ? start : cancellationDeadline,
                offerWindowHours * 60, strip(question));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public WorkshopTopic getTopic() {
        return topic;
    }

    public void setTopic(WorkshopTopic topic) {
        this.topic = topic;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public AttendanceMode getMode() {
        return mode;
    }

    public void setMode(AttendanceMode mode) {
        this.mode = mode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public LocalDateTime getSignUpDeadline() {
        return signUpDeadline;
    }

    public void setSignUpDeadline(LocalDateTime signUpDeadline) {
        this.signUpDeadline = signUpDeadline;
    }

    public LocalDateTime getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public Integer getOfferWindowHours() {
        return offerWindowHours;
    }

    public void setOfferWindowHours(Integer offerWindowHours) {
        this.offerWindowHours = offerWindowHours;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
