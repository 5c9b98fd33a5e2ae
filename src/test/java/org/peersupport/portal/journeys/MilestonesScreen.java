package org.peersupport.portal.journeys;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peersupport.portal.testsupport.Browser;

/** The member's own milestones page (/member/milestones.xhtml). */
final class MilestonesScreen {

    private final Browser browser;

    MilestonesScreen(Browser browser) {
        this.browser = browser;
    }

    /** Through the account menu, as a person would. */
    void openFromAccountMenu() {
        Screens.Header.openMenus(browser);
        browser.submitAndWaitForPage("accountMilestones");
    }

    void open() {
        browser.visit("/member/milestones.xhtml");
    }

    List<String> reached() {
        return browser.all(By.cssSelector("#earned .milestone__name")).stream().map(WebElement::getText).toList();
    }

    /** "1 of 5 group sessions" under a milestone still ahead. */
    String progressTowards(String milestone) {
        return browser.text(By.xpath("//ul[@id='towards']/li[.//h3[normalize-space()='" + milestone + "']]//p[contains(@class,'milestone__count')]"));
    }

    String progressValue(String milestone) {
        return browser.find(By.xpath("//ul[@id='towards']/li[.//h3[normalize-space()='" + milestone + "']]//progress")).getDomAttribute("value");
    }

    private String award(String milestone) {
        return "//ul[@id='earned']/li[.//h3[normalize-space()='" + milestone + "']]";
    }

    String certificateHref(String milestone) {
        return browser.find(By.xpath(award(milestone) + "//a[contains(@class,'milestone__download')]")).getDomProperty("href");
    }

    String badgeHref(String milestone) {
        return browser.find(By.xpath(award(milestone) + "//a[contains(@href,'open-badge')]")).getDomProperty("href");
    }

    String code(String milestone) {
        String hint = browser.text(By.xpath(award(milestone) + "//fieldset/p"));
        return hint.replaceFirst(".*code ([0-9A-Z-]{24}).*", "$1");
    }

    /** Ticks "Show the name on my certificate" (saved at once). */
    void shareName(String milestone) {
        browser.click(By.xpath(award(milestone) + "//div[contains(@class,'ui-chkbox ')][contains(normalize-space(),'Show the name on my certificate')]"
                + "//div[contains(@class,'ui-chkbox-box')]"));
        browser.waitUntil(() -> Screens.globalMessages(browser).startsWith("Saved."));
    }

    void nameCertificates(String name) {
        browser.type("certificateName:name", name);
        browser.click("certificateName:save");
        browser.settle();
    }

    String certificateNameMessage() {
        return browser.text(By.cssSelector("#certificateName .field__message"));
    }

    String certificateNameValue() {
        return browser.find(By.id("certificateName:name")).getDomProperty("value");
    }
}
