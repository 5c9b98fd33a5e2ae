package org.peersupport.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;

/** Page objects: what a person sees and does on each screen, in one place for all journeys. */
final class Screens {

    private Screens() {}

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The message shown next to a form field (inside the same field block). */
    static String messageNextTo(Browser browser, String inputId) {
        By message = By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message-error')]");
        return browser.isPresent(message) ? browser.text(message) : "";
    }

    static String heading(Browser browser) {
        return browser.text(By.tagName("h1"));
    }

    static String globalMessages(Browser browser) {
        return browser.isPresent(By.cssSelector("#globalMessages li")) ? browser.text(By.id("globalMessages")) : "";
    }

    /** Ticks one option of a PrimeFaces selectManyCheckbox by its label, as a person clicks it. */
    static void tickOption(Browser browser, String id, String label) {
        browser.click(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"));
    }

    /** Unticks every ticked box of a PrimeFaces selectManyCheckbox. */
    static void untickAll(Browser browser, String id) {
        for (var box : browser.all(By.cssSelector("[id='" + id + "'] .ui-chkbox-box.ui-state-active"))) {
            box.click();
        }
    }

    /** A button, by its label, inside a part of the page. */
    static By buttonIn(By scope, String label) {
        return new ByChained(scope, By.xpath(".//button[normalize-space()='" + label + "']"));
    }

    /** A label, by its text, inside a part of the page (clicking it picks its radio or box). */
    static By labelIn(By scope, String text) {
        return new ByChained(scope, By.xpath(".//label[normalize-space()='" + text + "']"));
    }

    /** The client id of a field inside a repeated item (its id carries the item's index). */
    static String idIn(Browser browser, By scope, String tag, String idSuffix) {
        return browser.find(new ByChained(scope, By.xpath(".//" + tag + "[substring(@id, string-length(@id) - "
                + idSuffix.length() + ") = ':" + idSuffix + "']"))).getAttribute("id");
    }

    static final class Registration {
        static void fill(Browser browser, String email, String password, String displayName) {
            browser.type("registration:email", email)
                    .type("registration:password", password)
                    .type("registration:displayName", displayName);
        }

        static void acceptBoth(Browser browser) {
            browser.tick("registration:guidelines").tick("registration:privacy");
        }

        static void submit(Browser browser) {
            browser.click("registration:submit");
        }

        /** Joins as a new member with both consents, and is signed in on the dashboard after. */
        static void join(Browser browser, String email, String password, String displayName) {
            browser.visit("/register.xhtml");
            fill(browser, email, password, displayName);
            acceptBoth(browser);
            submit(browser);
        }
    }

    static final class SignIn {
        static void as(Browser browser, String email, String password) {
            browser.type("signin:email", email).type("signin:password", password).submitAndWaitForPage("signin:submit");
        }
    }

    /** The admin's roles page, searched down to one person: the toggle button of a role for them. */
    static final class Roles {
        static void signInAsAdminAndFind(Browser browser, String displayName) {
            browser.visit("/login.xhtml");
            SignIn.as(browser, "admin@demo.test", "admin-demo-pass");
            browser.visit("/admin/roles.xhtml");
            browser.type("roles:search", displayName);
            browser.waitUntil(() -> browser.all(By.cssSelector("tbody[id$='people_data'] > tr")).size() == 1);
        }

        static By toggle(String displayName, String roleLabel) {
            return By.xpath("//tr[td[1][normalize-space()='" + displayName + "']]//button[normalize-space()='" + roleLabel + "']");
        }
    }

    /** Signs out and waits for the landing page that confirms it (the sign-out is a redirect). */
    static void signOut(Browser browser) {
        browser.click("signOutForm:signOut");
        browser.waitUntil(() -> browser.path().startsWith("/index.xhtml?signedOut=true"));
    }

    /** Signs in on the sign-in page (from anywhere). */
    static void signInAs(Browser browser, String email, String password) {
        browser.visit("/login.xhtml");
        SignIn.as(browser, email, password);
    }

    /** Forums, topics and posts as members see them. */
    static final class Forum {
        static void open(Browser browser, String slug) {
            browser.visit("/forum/forum.xhtml?slug=" + slug);
        }

        /** Starts a topic that will be accepted (published or held) and waits for its page. */
        static void startTopic(Browser browser, String slug, String title, String body) {
            open(browser, slug);
            browser.type("newTopic:title", title).type("newTopic:body", body);
            submitTopic(browser);
        }

        /**
         * Starts the filled-in topic and waits for its page. A demo member who posted a moment ago
         * (in another journey) is asked to wait a few seconds; like a person, it waits and sends again.
         */
        static void submitTopic(Browser browser) {
            String forumPath = browser.path();
            for (int attempt = 0; attempt < 4; attempt++) {
                browser.click("newTopic:start");
                browser.waitUntil(() -> !browser.path().equals(forumPath) || !messageNextTo(browser, "newTopic:body").isEmpty());
                if (!browser.path().equals(forumPath)) {
                    return;
                }
                String refusal = messageNextTo(browser, "newTopic:body");
                if (!refusal.startsWith("Please wait")) {
                    throw new AssertionError("The topic was not started: " + refusal);
                }
                sleep(java.time.Duration.ofSeconds(3));
            }
            throw new AssertionError("The topic was still refused as too soon after four tries");
        }

        private static void sleep(java.time.Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        static void reply(Browser browser, String body) {
            browser.type("reply:body", body);
            browser.click("reply:send");
        }

        /** The article of the last post on the page. */
        static By lastPost() {
            return By.xpath("(//article[contains(@class,'post ')])[last()]");
        }

        static By postContaining(String text) {
            return By.xpath("//article[contains(@class,'post ')][.//*[contains(normalize-space(), \"" + text + "\")]]");
        }

        /** A control (by id suffix) inside a post's article. */
        static By inPost(By post, String idSuffix) {
            return new ByChained(post, By.cssSelector("[id$=':" + idSuffix + "']"));
        }

        static void flag(Browser browser, By post, String reasonLabel, String note) {
            browser.click(new ByChained(post, By.cssSelector("a.post__action--flag")));
            browser.click(By.xpath("//div[contains(@class,'flag-form')]//label[normalize-space()='" + reasonLabel + "']"));
            if (note != null) {
                browser.type(browser.find(inPost(post, "note")).getDomAttribute("id"), note);
            }
            browser.click(inPost(post, "sendFlag"));
        }
    }

    /** "Get help now": the emergency number, the helplines and the country picker. */
    static final class Crisis {
        static String emergencyNumber(Browser browser) {
            return browser.text(By.cssSelector("#emergencyCall .call-button__number"));
        }

        static String helplines(Browser browser) {
            return browser.text(By.cssSelector("ul.helplines"));
        }

        static void chooseCountry(Browser browser, String code) {
            browser.choose("country", code).submitAndWaitForPage("showCountry");
        }

        /** What the page says to someone whose words were held because they may be in crisis. */
        static String heldNotice(Browser browser) {
            return browser.text(By.id("held"));
        }

        static void backToPost(Browser browser) {
            browser.click(By.id("backToPost"));
        }
    }

    /** The moderators' review queue. */
    static final class Queue {
        static By itemAbout(String topicTitle) {
            return By.xpath("//article[contains(@class,'queue-item')][.//a[normalize-space()='" + topicTitle + "']]");
        }

        static By control(String topicTitle, String idSuffix) {
            return new ByChained(itemAbout(topicTitle), By.cssSelector("[id$=':" + idSuffix + "']"));
        }

        static void claim(Browser browser, String topicTitle) {
            browser.visit("/moderation/queue.xhtml");
            browser.click(control(topicTitle, "claim"));
        }
    }

    /** The admins' policy files page. */
    static final class Policies {
        /** Opens the page through the admin's navigation, as a person would. */
        static void openFromNavigation(Browser browser) {
            browser.visit("/member/dashboard.xhtml");
            browser.click(By.linkText("Policy files"));
            browser.waitUntil(() -> browser.path().startsWith("/admin/policies.xhtml"));
        }

        static By file(String name) {
            return By.cssSelector("li.policy-file[data-file='" + name + "']");
        }

        static String fingerprint(Browser browser, String name) {
            return browser.text(new ByChained(file(name), By.cssSelector("code.fingerprint")));
        }

        static void reload(Browser browser) {
            browser.click("policies:reload");
        }
    }

    /** The admins' safety report: charts drawn as inline SVG, each with its figures in a table. */
    static final class SafetyReport {
        static By chart(String id) {
            return By.cssSelector("svg#" + id + "[role='img']");
        }

        static By bars(String chartId) {
            return By.cssSelector("svg#" + chartId + " rect.chart__bar");
        }

        /** The label of the period link marked as the current page. */
        static String currentPeriod(Browser browser) {
            return browser.text(By.cssSelector(".period-switch a[aria-current='page']"));
        }

        /** Opens the "Show the figures" of the section holding the table, and returns the table's body rows. */
        static java.util.List<org.openqa.selenium.WebElement> figures(Browser browser, String tableId) {
            browser.click(By.xpath("//details[.//table[@id='" + tableId + "']]/summary"));
            return browser.all(By.cssSelector("#" + tableId + " tbody tr"));
        }
    }

    /** The curriculum editor, /facilitation/curriculum.xhtml. */
    static final class Curriculum {
        private Curriculum() {
        }

        /** Starts a draft from the curricula page; leaves the browser on the draft. */
        static void create(Browser browser, String title, String audience) {
            browser.visit("/facilitation/curricula.xhtml");
            browser.type("create:title", title);
            browser.type("create:audience", audience);
            browser.submitAndWaitForPage("create:createButton");
        }

        static void addSession(Browser browser, String title, String topic, String psychoeducation, String homework) {
            browser.type("session:sessionTitle", title);
            browser.type("session:sessionTopic", topic);
            browser.type("session:psychoeducation", psychoeducation);
            browser.type("session:homework", homework);
            browser.submitAndWaitForPage("session:saveSession");
            assertThat(globalMessages(browser)).contains("Session “" + title + "” added.");
        }
    }
}
