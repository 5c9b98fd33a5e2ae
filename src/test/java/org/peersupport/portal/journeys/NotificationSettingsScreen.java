package org.peersupport.portal.journeys;

import org.openqa.selenium.By;
import org.peersupport.portal.testsupport.Browser;

/** How a member is told things, /member/notification-settings.xhtml: channels per kind and quiet hours. */
final class NotificationSettingsScreen {

    private final Browser browser;

    NotificationSettingsScreen(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.visit("/member/notification-settings.xhtml");
    }

    /** Sets the quiet hours as "HH:mm" ("" for none) without saving. */
    void quietFrom(String start) {
        browser.setValue("settings:quietStart", start);
    }

    void quietUntil(String end) {
        browser.setValue("settings:quietEnd", end);
    }

    String quietStart() {
        return browser.value("settings:quietStart");
    }

    String quietEnd() {
        return browser.value("settings:quietEnd");
    }

    String messageNextToQuietEnd() {
        return Screens.messageNextTo(browser, "settings:quietEnd");
    }

    /** Chooses the channel (e.g. EMAIL) for the kind of notice with this label. */
    void chooseChannel(String kindLabel, String channel) {
        browser.select(channelMenu(kindLabel), channel);
    }

    String channel(String kindLabel) {
        return browser.find(By.id(channelMenu(kindLabel) + "_input")).getDomProperty("value");
    }

    void save() {
        browser.click("settings:save");
    }

    /** The menu beside the kind's label, in the same field. */
    private String channelMenu(String kindLabel) {
        return browser.find(By.xpath("//label[normalize-space()='" + kindLabel + "']"
                + "/following-sibling::div[contains(@class,'ui-selectonemenu')][1]")).getDomAttribute("id");
    }
}
