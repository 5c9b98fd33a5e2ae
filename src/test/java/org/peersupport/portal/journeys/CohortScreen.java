package org.peersupport.portal.journeys;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/**
 * A cohort's page, /programmes/cohort.xhtml: its sessions, where it meets and, for a member, their
 * place, progress and homework; for staff, its members, invitations and moving a session.
 */
final class CohortScreen {

    private static final By SESSIONS = By.id("sessions");
    private static final By SESSION_ITEMS = By.cssSelector("#sessions li.curriculum-item");
    private static final By MY_RECORD = By.id("myRecord");
    private static final By MY_RECORD_ITEMS = By.cssSelector("#myRecord li.record__item");
    private static final By LOCATION = By.id("location");
    private static final By PLACE = By.id("place");
    private static final By JOIN = By.id("place:join");
    private static final By MEMBERS = By.id("members");
    private static final By MOVE = By.id("move");
    private static final By FIRST_SESSION_TO_MOVE = By.cssSelector("#move\\:moveSession_input option:nth-child(2)");
    private static final By STAFF_PROGRESS = By.id("staffProgress");
    private static final By PROGRESS_TEXT = By.id("progressText");
    private static final By PROGRESS_BAR = By.id("programmeProgress");
    private static final By HOMEWORK_TEXT = By.id("homeworkText");
    private static final By ICS = By.id("cohortIcs");
    private static final By VIDEO_LINK = By.id("videoLink");
    private static final By HANDOUTS = By.id("handoutsPdf");

    private final Browser browser;

    CohortScreen(Browser browser) {
        this.browser = browser;
    }

    int sessionCount() {
        return browser.all(SESSION_ITEMS).size();
    }

    String sessions() {
        return browser.text(SESSIONS);
    }

    int recordCount() {
        return browser.all(MY_RECORD_ITEMS).size();
    }

    /** The member's own record: attendance and homework per session. */
    String myRecord() {
        return browser.text(MY_RECORD);
    }

    String location() {
        return browser.text(LOCATION);
    }

    String place() {
        return browser.text(PLACE);
    }

    boolean offersAPlace() {
        return browser.isPresent(JOIN);
    }

    void join() {
        browser.submitAndWaitForPage("place:join");
    }

    /** Presses "Leave the group", which asks first (the confirm dialog), without answering. */
    void askToLeave() {
        browser.click("place:leave");
    }

    void acceptInvitation() {
        browser.submitAndWaitForPage("place:accept");
    }

    boolean showsMembers() {
        return browser.isPresent(MEMBERS);
    }

    String members() {
        return browser.text(MEMBERS);
    }

    void invite(String email) {
        browser.type("invite:email", email);
        browser.submitAndWaitForPage("invite:inviteButton");
    }

    String messageNextToInvitation() {
        return Screens.messageNextTo(browser, "invite:email");
    }

    String invitationEmail() {
        return browser.value("invite:email");
    }

    /** The value of the first session one can move (the first option after the prompt). */
    String firstSessionToMove() {
        return browser.find(FIRST_SESSION_TO_MOVE).getDomProperty("value");
    }

    void chooseSessionToMove(String session) {
        browser.select("move:moveSession", session);
    }

    /** Sets the new start through the date picker's own widget, so no panel opens over the buttons. */
    void moveTo(LocalDateTime when) {
        browser.evaluate("var w = PrimeFaces.getWidgetById('move:moveTo'); if (w && w.setDate) w.setDate(new Date(" + when.getYear() + ", "
                + (when.getMonthValue() - 1) + ", " + when.getDayOfMonth() + ", " + when.getHour() + ", " + when.getMinute() + "));"
                + " document.getElementById('move:moveTo_input').value = '"
                + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "';");
    }

    void moveSession() {
        browser.submitAndWaitForPage("move:moveButton");
    }

    String messageNextToSessionToMove() {
        return Screens.messageNextTo(browser, "move:moveSession");
    }

    String messageNextToNewTime() {
        return Screens.messageNextTo(browser, "move:moveTo");
    }

    String moveForm() {
        return browser.text(MOVE);
    }

    String staffProgress() {
        return browser.text(STAFF_PROGRESS);
    }

    String progress() {
        return browser.text(PROGRESS_TEXT);
    }

    String progressBarValue() {
        return browser.find(PROGRESS_BAR).getDomAttribute("value");
    }

    /** Opens one session's homework (0 for the first) for editing, as its "Homework and reflection" link does. */
    void openHomework(int session) {
        if (!browser.isPresent(By.id(record(session, "reflection")))) {
            browser.submitAndWaitForPage(By.id("editHomework-" + (session + 1)));
        }
    }

    boolean homeworkIsOpen(int session) {
        return browser.isPresent(By.id(record(session, "reflection")));
    }

    /** Writes the reflection on one session's homework (0 for the first) and saves it. */
    void saveReflection(int session, String reflection) {
        openHomework(session);
        browser.type(record(session, "reflection"), reflection);
        browser.click(record(session, "saveHomework"));
    }

    void markHomeworkDone(int session) {
        openHomework(session);
        browser.tick(record(session, "done"));
    }

    String reflection(int session) {
        openHomework(session);
        return browser.value(record(session, "reflection"));
    }

    String messageNextToReflection(int session) {
        return Screens.messageNextTo(browser, record(session, "reflection"));
    }

    String homework() {
        return browser.text(HOMEWORK_TEXT);
    }

    /** The address of the group's calendar file. */
    String calendarFileLink() {
        return browser.find(ICS).getDomProperty("href");
    }

    private static String record(int session, String field) {
        return "myRecord:records:" + session + ":" + field;
    }

    boolean hasVideoLink() {
        return browser.isPresent(VIDEO_LINK);
    }

    /** The video link as a person and a screen reader meet it: "name | href | target | rel". */
    String videoLink() {
        var link = browser.find(VIDEO_LINK);
        return link.getDomProperty("textContent").replaceAll("\\s+", " ").strip() + " | " + link.getDomAttribute("href") + " | "
                + link.getDomAttribute("target") + " | " + link.getDomAttribute("rel");
    }

    boolean offersHandouts() {
        return browser.isPresent(HANDOUTS);
    }
}
