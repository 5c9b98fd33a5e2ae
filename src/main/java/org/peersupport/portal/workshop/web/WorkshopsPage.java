package org.peersupport.portal.workshop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;
import org.peersupport.portal.workshop.AttendanceMode;
import org.peersupport.portal.workshop.WorkshopCard;
import org.peersupport.portal.workshop.WorkshopFilter;
import org.peersupport.portal.workshop.WorkshopTopic;
import org.peersupport.portal.workshop.WorkshopViews;

/**
 * workshops/index.xhtml: upcoming published workshops, for visitors and members. The filters and
 * the page number are GET parameters, so a filtered list is a link to share; one page of cards
 * costs four queries (count, page, seat counts, host names) however many workshops there are.
 */
@Named
@RequestScoped
public class WorkshopsPage {

    static final int PAGE_SIZE = 10;

    @Inject
    private WorkshopViews views;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Viewer viewer;

    private WorkshopTopic topic;
    private AttendanceMode mode;
    private String language;
    private LocalDate from;
    private LocalDate to;
    private Integer page;

    private List<WorkshopCard> cards;
    private long total;

    public void load() {
        // Dates are days in the reader's zone (a visitor's: UTC); "to" includes its whole day.
        ZoneId zone = request.getUserPrincipal() != null ? viewer.getTimeZone() : ZoneOffset.UTC;
        WorkshopFilter filter = new WorkshopFilter(Optional.ofNullable(topic), Optional.ofNullable(mode),
                Optional.ofNullable(language).map(Locale::forLanguageTag), Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
        total = views.count(filter);
        cards = total == 0 ? List.of() : views.listing(filter, (getCurrentPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean isFiltered() {
        return topic != null || mode != null || language != null || from != null || to != null;
    }

    public int getLastPage() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<WorkshopTopic> getTopics() {
        return List.of(WorkshopTopic.values());
    }

    public List<AttendanceMode> getModes() {
        return List.of(AttendanceMode.values());
    }

    /** The languages workshops are held in here: the portal's own, named in the reader's language. */
    public List<Locale> getLanguages() {
        return LocaleSelection.SUPPORTED;
    }

    public List<WorkshopCard> getCards() {
        return cards;
    }

    public long getTotal() {
        return total;
    }

    public WorkshopTopic getTopic() {
        return topic;
    }

    public void setTopic(WorkshopTopic topic) {
        this.topic = topic;
    }

    public AttendanceMode getMode() {
        return mode;
    }

    public void setMode(AttendanceMode mode) {
        this.mode = mode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getPage() {
        return page;
    }

    /** The page shown: 1 unless the address asks for another. */
    public int getCurrentPage() {
        return page == null ? 1 : page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
