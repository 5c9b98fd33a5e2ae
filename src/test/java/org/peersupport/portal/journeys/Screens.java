package org.peersupport.portal.journeys;


import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.peersupport.portal.testsupport.Browser;
import org.peersupport.portal.testsupport.Mailbox;

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

    /** Whether some element on the page says the words. */
    static boolean pageSays(Browser browser, String words) {
        return browser.isPresent(By.xpath("//*[contains(normalize-space(), '" + words + "')]"));
    }

    static String heading(Browser browser) {
        return browser.text(By.tagName("h1"));
    }

    /** The page's notice (e.g. "You have signed out. Take care."). */
    static String notice(Browser browser) {
        return browser.text(By.cssSelector(".notice"));
    }

    static String globalMessages(Browser browser) {
        return browser.isPresent(By.cssSelector("#globalMessages li")) ? browser.text(By.id("globalMessages")) : "";
    }

    /** Ticks one option of a PrimeFaces selectManyCheckbox by its label, as a person clicks it. */
    static void tickOption(Browser browser, String id, String label) {
        browser.click(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"));
    }

    /** Unticks every ticked box of a group: a PrimeFaces selectManyCheckbox, or plain check boxes in a list. */
    static void untickAll(Browser browser, String id) {
        for (var box : browser.all(By.cssSelector("[id='" + id + "'] .ui-chkbox-box.ui-state-active, [id='" + id + "'] input[type='checkbox']:checked"))) {
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

        /** Picks the time zone by its id, e.g. "Europe/London". */
        static void chooseTimeZone(Browser browser, String zoneId) {
            browser.select("registration:timeZone", zoneId);
        }

        /** Follows "Join the community" from the landing page, as a person would. */
        static void openFromLanding(Browser browser) {
            browser.click(By.linkText("Join the community"));
        }

        static void retypePassword(Browser browser, String password) {
            browser.type("registration:password", password);
        }

        static String email(Browser browser) {
            return browser.value("registration:email");
        }

        static String displayName(Browser browser) {
            return browser.value("registration:displayName");
        }

        /** The message next to a field of the form: email, password, displayName, guidelines or privacy. */
        static String messageNextTo(Browser browser, String field) {
            return Screens.messageNextTo(browser, "registration:" + field);
        }

        static void acceptBoth(Browser browser) {
            browser.tick("registration:guidelines").tick("registration:privacy");
        }

        static void submit(Browser browser) {
            browser.click("registration:submit");
        }

        /**
         * Joins as a new member with both consents, confirms the address by the link in the mail,
         * and is signed in on the dashboard after.
         */
        static void join(Browser browser, String email, String password, String displayName) {
            joinUnconfirmed(browser, email, password, displayName);
            confirmAndSignIn(browser, email, password);
        }

        /** After registering: opens the link in the mail, then signs in and arrives on the dashboard. */
        static void confirmAndSignIn(Browser browser, String email, String password) {
            confirmFromMail(browser, email);
            browser.visit("/login.xhtml");
            SignIn.as(browser, email, password);
        }

        /** Registers and waits for the "check your e-mail" page; the address is not confirmed yet. */
        static void joinUnconfirmed(Browser browser, String email, String password, String displayName) {
            browser.visit("/register.xhtml");
            fill(browser, email, password, displayName);
            acceptBoth(browser);
            submit(browser);
            browser.waitUntil(() -> browser.path().startsWith("/check-email.xhtml") || !messageNextTo(browser, "displayName").isEmpty()
                    || !globalMessages(browser).isEmpty());
        }

        /** Opens the newest confirmation link mailed to the address (waits for the portal's sender). */
        static void confirmFromMail(Browser browser, String email) {
            browser.visit(confirmationLink(email, 1));
        }

        /** The path of the confirmation link in the {@code nth} mail to the address that has one, once it arrives. */
        static String confirmationLink(String email, int nth) {
            Pattern link = Pattern.compile("/confirm-address\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
            List<String> links = Mailbox.awaitMail(email, mail -> link.matcher(mail.text()).find(), nth).stream()
                    .map(mail -> link.matcher(mail.text())).filter(Matcher::find).map(Matcher::group).toList();
            return links.get(nth - 1);
        }
    }

    /** The site header on every page: "Get help now", the member's name and sign-out, the language switch. */
    static final class Header {
        /** The header's text with its menus open, as a person sees it after opening them. */
        static String text(Browser browser) {
            openMenus(browser);
            return browser.text(By.cssSelector(".site-header"));
        }

        /**
         * Opens what the header folds away at this window's width: the Menu (small screens) and the
         * account menu (laptops), as a person would before choosing from them.
         */
        static void openMenus(Browser browser) {
            for (String toggle : new String[] {"menuToggle", "accountToggle"}) {
                if (browser.isPresent(By.id(toggle))
                        && browser.find(By.id(toggle)).isDisplayed()
                        && !"true".equals(browser.find(By.id(toggle)).getDomAttribute("aria-expanded"))) {
                    browser.click(toggle);
                }
            }
        }

        static String getHelpLabel(Browser browser) {
            return browser.text(By.id("getHelp"));
        }

        static boolean offersGetHelp(Browser browser) {
            return browser.isPresent(By.id("getHelp"));
        }

        /** Switches language by the button's label (a small POST form) and waits for the page again. */
        static void switchLanguage(Browser browser, String label) {
            openMenus(browser);
            browser.submitAndWaitForPage(By.xpath("//form[@id='languageSwitch']//button[normalize-space()='" + label + "']"));
        }
    }

    /** A member's dashboard, /member/dashboard.xhtml. */
    static final class Dashboard {
        /** The forums listed on the dashboard. */
        static String forums(Browser browser) {
            return browser.text(By.cssSelector(".forum-list"));
        }

        /** The facts about the member (their time zone among them). */
        static String facts(Browser browser) {
            return browser.text(By.cssSelector(".facts"));
        }
    }

    static final class SignIn {
        static void as(Browser browser, String email, String password) {
            browser.type("signin:email", email).type("signin:password", password).submitAndWaitForPage("signin:submit");
        }

        static String email(Browser browser) {
            return browser.value("signin:email");
        }

        /** What the sign-in page says when a session was ended by the portal. */
        static String sessionEnded(Browser browser) {
            return browser.text(By.id("sessionEnded"));
        }
    }

    /** The admin's roles page, searched down to one person: the toggle button of a role for them. */
    static final class Roles {
        static void signInAsAdminAndFind(Browser browser, String displayName) {
            browser.visit("/login.xhtml");
            SignIn.as(browser, "admin@demo.test", "demo-pass-portal");
            find(browser, displayName);
        }

        /** Searches the roles page down to the one person (the admin is signed in). */
        static void find(Browser browser, String displayName) {
            browser.visit("/admin/roles.xhtml");
            browser.type("roles:search", displayName);
            browser.waitUntil(() -> browser.all(By.cssSelector("tbody[id$='people_data'] > tr")).size() == 1);
        }

        /** Grants or removes a role by its toggle button, confirming in the dialog it opens. */
        static void toggleRole(Browser browser, String displayName, String roleLabel) {
            askToToggleRole(browser, displayName, roleLabel);
            new ConfirmScreen(browser).confirm();
        }

        /** Presses a role's toggle button, which asks first (see {@link ConfirmScreen}). */
        static void askToToggleRole(Browser browser, String displayName, String roleLabel) {
            browser.click(toggle(displayName, roleLabel));
        }

        /** Presses a role's toggle button with the keyboard (Enter). */
        static void askToToggleRoleByKeyboard(Browser browser, String displayName, String roleLabel) {
            browser.find(toggle(displayName, roleLabel)).sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.settle();
        }

        /** Whether the role's toggle is pressed ("true" or "false", its aria-pressed). */
        static String rolePressed(Browser browser, String displayName, String roleLabel) {
            return browser.find(toggle(displayName, roleLabel)).getDomAttribute("aria-pressed");
        }

        static By toggle(String displayName, String roleLabel) {
            // contains: on a phone each cell also carries its column's title (the table reflows).
            return By.xpath("//tr[td[1][contains(normalize-space(), '" + displayName + "')]]//button[normalize-space()='" + roleLabel + "']");
        }
    }

    /** Signs out and waits for the landing page that confirms it (the sign-out is a redirect). */
    static void signOut(Browser browser) {
        Header.openMenus(browser);
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

        /** From a forum's page, its "Start a topic" link to the new topic's form. */
        static void openNewTopicForm(Browser browser) {
            browser.submitAndWaitForPage(org.openqa.selenium.By.id("startTopic"));
        }

        /** Starts a topic that will be accepted (published or held) and waits for its page. */
        static void startTopic(Browser browser, String slug, String title, String body) {
            open(browser, slug);
            openNewTopicForm(browser);
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

        /** Follows "Get help now" in the header, as a person would. */
        static void openFromHeader(Browser browser) {
            browser.click(By.id("getHelp"));
        }

        /** The line that says which country the help is for. */
        static String country(Browser browser) {
            return browser.text(By.cssSelector(".crisis-for"));
        }

        static String selectedCountry(Browser browser) {
            return browser.find(By.cssSelector("#country option[selected]")).getText();
        }

        static boolean offersEmergencyCall(Browser browser) {
            return browser.isPresent(By.id("emergencyCall"));
        }

        static String emergencyCallLink(Browser browser) {
            return browser.find(By.id("emergencyCall")).getDomAttribute("href");
        }

        /** What the page says about emergencies when no single number applies. */
        static String emergency(Browser browser) {
            return browser.text(By.id("emergency"));
        }

        /** Whether a helpline's phone link (e.g. "tel:8009112000") is shown. */
        static boolean showsHelplineLink(Browser browser, String tel) {
            return browser.find(By.cssSelector(".helpline a[href='" + tel + "']")).isDisplayed();
        }

        /** What the page says about the portal's own care (not an emergency service). */
        static String care(Browser browser) {
            return browser.text(By.id("care"));
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

        static void open(Browser browser) {
            browser.visit("/admin/policies.xhtml");
        }

        /** Where the files come from (packaged, or a directory). */
        static String source(Browser browser) {
            return browser.text(By.id("source"));
        }

        /** The names of the files listed, in order. */
        static java.util.List<String> fileNames(Browser browser) {
            return browser.all(By.cssSelector("li.policy-file")).stream().map(li -> li.getDomAttribute("data-file")).toList();
        }

        /** What the page says of one file. */
        static String describe(Browser browser, String name) {
            return browser.text(file(name));
        }

        static boolean anyFileRefused(Browser browser) {
            return browser.isPresent(By.cssSelector(".policy-file--refused"));
        }

        static void scrollTo(Browser browser, String name) {
            browser.evaluate("document.querySelector(\"li.policy-file[data-file='" + name + "']\").scrollIntoView()");
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

        static void open(Browser browser) {
            browser.visit("/admin/safety-report.xhtml");
        }

        /** Opens the report through the admin's navigation, as a person would. */
        static void openFromNavigation(Browser browser) {
            browser.click(By.linkText("Safety report"));
        }

        /** What a chart says it shows (its aria-label). */
        static String chartLabel(Browser browser, String chartId) {
            return browser.find(chart(chartId)).getDomAttribute("aria-label");
        }

        static int barCount(Browser browser, String chartId) {
            return browser.all(bars(chartId)).size();
        }

        /** The headline count of crisis alerts. */
        static String alertCount(Browser browser) {
            return browser.text(By.id("figureAlerts"));
        }

        /** Switches to the period of so many days by its link. */
        static void choosePeriod(Browser browser, int days) {
            browser.click(By.id("period" + days));
        }

        /** The number in a column (1 for the first) of a row of a figures table. */
        static int number(org.openqa.selenium.WebElement row, int column) {
            return Integer.parseInt(row.findElement(By.xpath("td[" + column + "]")).getText());
        }

        static void scrollToTable(Browser browser, String tableId) {
            browser.evaluate("document.getElementById('" + tableId + "').scrollIntoView({block: 'center'});");
        }

        /** The headline count of look-soon alerts. */
        static String lookSoonCount(Browser browser) {
            return browser.text(By.id("figureLookSoon"));
        }

        static void scrollToLookSoonCount(Browser browser) {
            browser.evaluate("document.getElementById('figureLookSoon').scrollIntoView();");
        }

        /** The headline figures, with their labels. */
        static String headlineFigures(Browser browser) {
            return browser.text(By.id("figures"));
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

}
