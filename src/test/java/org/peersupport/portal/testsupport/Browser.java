package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one), with
 * the few actions journeys need and waits for PrimeFaces Ajax instead of sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** axe-core checks every page a journey visits unless -Dportal.axe=off (only for a quick local run). */
    private static final boolean AUDIT_EVERY_PAGE = !"off".equals(System.getProperty("portal.axe"));

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final List<String> accessibilityFindings = new java.util.ArrayList<>();
    private boolean collectAccessibilityFindings;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
    }

    /** A fresh browser (new profile, no cookies) whose preferred language is {@code language}. */
    public static Browser open(String baseUrl, String language) {
        return open(baseUrl, language, System.getProperty("portal.windowSize", "1280,900"));
    }

    /** A fresh browser with a window of this size ("390,844" for a phone). */
    public static Browser open(String baseUrl, String language, String windowSize) {
        try {
            Path profile = Files.createTempDirectory("portal-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("portal.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=" + windowSize,
                    "--hide-scrollbars", "--lang=" + language, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            String[] size = windowSize.split(",");
            if (Integer.parseInt(size[0].trim()) < 500) {
                // Headless Chromium keeps a window at least 500 px wide: a phone's width needs its device metrics.
                // Not "mobile": that mode scales the page, and clicks then land beside small targets.
                options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                        "width", Integer.parseInt(size[0].trim()), "height", Integer.parseInt(size[1].trim()),
                        "pixelRatio", 1.0, "mobile", false, "touch", false)));
            }
            // The console, so journeys can check that no page breaks the content security policy.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, baseUrl);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser visit(String path) {
        String url = baseUrl + (path.startsWith("/") ? path.substring(1) : path);
        try {
            driver.get(url);
        } catch (WebDriverException e) {
            // On a loaded machine Chromium's renderer at times misses chromedriver's message ("Unable to receive
            // message from renderer"): the browser failed, not the page. A visit is a GET, so it is asked once more.
            if (!String.valueOf(e.getMessage()).contains("receive message from renderer")) {
                throw e;
            }
            System.err.println("Browser: Chromium's renderer did not answer for " + path + "; visiting it again");
            driver.get(url);
        }
        settle();
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(baseUrl.length() - 1).replaceFirst(";jsessionid=[^?]*", "");
    }

    public WebElement find(By by) {
        return wait.until(d -> d.findElement(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Browser type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Sets an input's value as its own widget would (native time and date inputs). */
    public Browser setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(By.id(id)), value);
        return this;
    }

    public String value(String id) {
        return find(By.id(id)).getDomProperty("value");
    }

    /** Clicks and waits for the page to settle: a full page load or a PrimeFaces Ajax update. */
    public Browser click(By by) {
        find(by).click();
        settle();
        return this;
    }

    /**
     * Clicks a plain (non-Ajax) submit and waits until the next page has replaced this one. The old
     * page is recognised by a mark on its window, not by element staleness: Chromium may answer a
     * staleness probe during navigation with "node does not belong to the document" instead.
     */
    public Browser submitAndWaitForPage(String id) {
        script("window.portalPageBeforeSubmit = true;");
        find(By.id(id)).click();
        patientWait().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !Boolean.TRUE.equals(script("return window.portalPageBeforeSubmit === true;")));
        settle();
        return this;
    }

    /** As {@link #submitAndWaitForPage(String)}, for a button found otherwise than by id. */
    public Browser submitAndWaitForPage(By by) {
        script("window.portalPageBeforeSubmit = true;");
        find(by).click();
        patientWait().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !Boolean.TRUE.equals(script("return window.portalPageBeforeSubmit === true;")));
        settle();
        return this;
    }

    /** The browser's Back button; waits for whatever page it shows. */
    public Browser back() {
        driver.navigate().back();
        settle();
        return this;
    }

    /** Console messages since the last call (Chromium reports CSP violations there, as SEVERE). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    public Browser click(String id) {
        return click(By.id(id));
    }

    /** Chooses a value of a PrimeFaces selectOneMenu through its hidden native select. */
    public Browser select(String menuId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        return this;
    }

    /** Chooses an option of a plain HTML select by its value. */
    public Browser choose(String selectId, String value) {
        new Select(find(By.id(selectId))).selectByValue(value);
        return this;
    }

    /** Ticks a PrimeFaces checkbox by clicking its visible box. */
    public Browser tick(String checkboxId) {
        return click(By.cssSelector("#" + checkboxId.replace(":", "\\:") + " .ui-chkbox-box"));
    }

    public void settle() {
        wait.until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);");
            return Boolean.TRUE.equals(ready);
        });
        auditIfNewPage();
    }

    /**
     * Runs axe-core once on each page this browser loads (a mark on the window tells a page already
     * checked from a new one) and fails at once on any WCAG 2.2 A or AA violation, naming the page.
     */
    private void auditIfNewPage() {
        if (!AUDIT_EVERY_PAGE) {
            return;
        }
        Object fresh = script("if (window.portalAudited || document.contentType !== 'text/html') { return false; }"
                + " window.portalAudited = true; return true;");
        if (!Boolean.TRUE.equals(fresh)) {
            return;
        }
        List<String> violations = AccessibilityAudit.violations(driver);
        if (violations.isEmpty()) {
            return;
        }
        String report = path() + "\n  " + String.join("\n  ", violations);
        if (collectAccessibilityFindings) {
            accessibilityFindings.add(report);
        } else {
            throw new AssertionError("axe-core finds WCAG 2.2 A/AA violations on " + report);
        }
    }

    /** From now on, axe-core's findings are kept for {@link #accessibilityFindings()} instead of failing the step (a crawl reports them all at once). */
    public Browser collectAccessibilityFindings() {
        collectAccessibilityFindings = true;
        return this;
    }

    public List<String> accessibilityFindings() {
        return List.copyOf(accessibilityFindings);
    }

    /** The page's HTML as the server sends it for a GET of the current address, in this browser's session (the DOM has been changed by scripts). */
    public String serverHtml() {
        Object html = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('fetch failed: ' + e));");
        return String.valueOf(html);
    }

    /** Waits until the condition holds (for example, after a delayed Ajax search). */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        patientWait().until(d -> condition.getAsBoolean());
        settle();
    }

    /**
     * What the probe script reports about the focused element, once it matches the expectation or
     * after a patient wait. PrimeFaces moves the focus from its Ajax answer's script, which may run
     * just after the request has settled, so reading the focus at once is a race.
     */
    public String focusOnceSettled(String probe, java.util.function.Predicate<String> expected) {
        try {
            patientWait().until(d -> expected.test(String.valueOf(script(probe))));
        } catch (org.openqa.selenium.TimeoutException stillElsewhere) {
            // The caller's assertion reports where the focus is instead.
        }
        return String.valueOf(script(probe));
    }

    /** A wait that treats a page swapped away mid-probe as "not yet". */
    private WebDriverWait patientWait() {
        WebDriverWait patient = new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
        patient.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.JavascriptException.class);
        return patient;
    }

    /** Runs a script in the page and returns its value (for checks a person cannot see, such as injected markup). */
    public Object evaluate(String source) {
        return script(source);
    }

    private Object script(String source) {
        return ((JavascriptExecutor) driver).executeScript(source);
    }

    public String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public Cookie cookieDetails(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** Saves a PNG under target/screenshots for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    // ---- Issue 16, keyboard journeys (feature/forum): keys pressed as a person presses them, on
    // whatever has the focus (no element is clicked or targeted). ----

    /** Presses keys (Keys.TAB, Keys.ENTER, or text to type) on the focused element. */
    public Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses a key that leaves the page (Enter on a link or a plain submit) and waits for the next page. */
    public Browser pressAndWaitForPage(CharSequence key) {
        script("window.portalPageBeforeSubmit = true;");
        press(key);
        patientWait().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !Boolean.TRUE.equals(script("return window.portalPageBeforeSubmit === true;")));
        settle();
        return this;
    }
}
