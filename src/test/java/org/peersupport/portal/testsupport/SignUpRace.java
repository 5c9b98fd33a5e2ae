package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Many members signing up for one workshop at the same moment, over HTTP through the real
 * workshop page, against one or more running portals. Each member signs in through the sign-in
 * form (member i on base URL i mod n) and keeps their session; for a race every member loads the
 * workshop page (for the sign-up form's view state and the page's CSP nonce), and then all the
 * sign-up posts are released at once by a latch. What the database holds afterwards is checked by
 * {@link RaceCheck}; this records what HTTP answered and how long it took.
 *
 * <p>Sign-ins are not throttled: SignInThrottle counts failed attempts only, and these succeed.
 */
public final class SignUpRace {

    /** One member's browser: the portal it talks to and its session cookie. */
    private static final class Session {
        final String baseUrl;
        final String email;
        volatile String cookie;

        Session(String baseUrl, String email) {
            this.baseUrl = baseUrl;
            this.email = email;
        }
    }

    /** One sign-up post: the HTTP status, its round trip, and what was wrong with the answer (null if nothing). */
    public record Outcome(String member, int status, long nanos, String problem) {}

    /** A race: every post's outcome, from the release to the last answer, and the time spent loading the pages before it. */
    public record Result(List<Outcome> outcomes, long wallNanos, long prepareNanos) {
        public List<Outcome> errors() {
            return outcomes.stream().filter(o -> o.problem() != null).toList();
        }

        public double wallMillis() {
            return wallNanos / 1e6;
        }

        /** Nearest rank, in milliseconds, over every post's round trip. */
        public double percentileMillis(int p) {
            long[] sorted = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(rank, 1) - 1] / 1e6;
        }

        /** Statuses and how many of each, e.g. {302=200}. */
        public Map<Integer, Long> statuses() {
            return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting()));
        }
    }

    private static final Pattern SIGN_UP_FORM = Pattern.compile("<form[^>]*\\bid=\"signUp\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input(?=[^>]*\\btype=\"hidden\")[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final List<Session> sessions;

    private SignUpRace(List<Session> sessions) {
        this.sessions = sessions;
    }

    public int size() {
        return sessions.size();
    }

    /** Signs every member in through the sign-in form, {@code parallel} at a time; member i on {@code baseUrls[i % n]}. */
    public static SignUpRace signIn(List<String> baseUrls, List<String> emails, String password, int parallel) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            sessions.add(new Session(baseUrls.get(i % baseUrls.size()), emails.get(i)));
        }
        HttpClient http = client();
        inParallel(parallel, sessions.stream().map(s -> (Callable<Void>) () -> {
            HttpResponse<String> page = send(http, s, get(s, "login.xhtml"));
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signin", "signin");
            form.put("signin:email", s.email);
            form.put("signin:password", password);
            form.put("signin:submit", "");
            form.put("jakarta.faces.ViewState", hiddenValue(page.body(), "jakarta.faces.ViewState"));
            form.put("primefaces.nonce", nonce(page.body()));
            HttpResponse<String> answer = send(http, s, post(s.baseUrl, s.cookie, s.baseUrl + "login.xhtml", form));
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("Sign-in of " + s.email + " at " + s.baseUrl + " answered " + answer.statusCode());
            }
            return null;
        }).toList());
        return new SignUpRace(sessions);
    }

    /**
     * Every member loads the workshop page, then every member's sign-up post is released at the same
     * moment. Each post carries the form's own hidden fields and no answer (the optional fields stay empty).
     */
    public Result race(long workshopId) throws Exception {
        // A client per race: no pooled connection that the server closed while idle between races.
        HttpClient http = client();
        long prepareStart = System.nanoTime();
        List<HttpRequest> posts = inParallel(8, sessions.stream().map(s -> (Callable<HttpRequest>) () -> {
            HttpResponse<String> page = send(http, s, get(s, "workshops/workshop.xhtml?id=" + workshopId));
            if (page.statusCode() != 200) {
                throw new IllegalStateException("The workshop page answered " + page.statusCode() + " for " + s.email);
            }
            return signUpPost(s.baseUrl, s.cookie, page.body());
        }).toList());
        long prepareNanos = System.nanoTime() - prepareStart;

        CountDownLatch ready = new CountDownLatch(sessions.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                Session session = sessions.get(i);
                HttpRequest post = posts.get(i);
                futures.add(racers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return signUp(http, session, post);
                }));
            }
            ready.await();
            long released = System.nanoTime();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            long wall = System.nanoTime() - released;
            return new Result(outcomes, wall, prepareNanos);
        } finally {
            racers.shutdownNow();
        }
    }

    private static Outcome signUp(HttpClient http, Session session, HttpRequest post) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            remember(session, answer);
            return new Outcome(session.email, answer.statusCode(), nanos, problem(answer.statusCode(), answer.headers().firstValue("Location").orElse(""), answer.body()));
        } catch (IOException | InterruptedException e) {
            return new Outcome(session.email, -1, System.nanoTime() - start, e.toString());
        }
    }

    /**
     * What is wrong with a sign-up's answer: a status other than 200 (the page again, with its
     * message) or 302/303 (post-redirect-get), an error page, an error message on the page, or a
     * redirect to the sign-in page (the session was lost).
     */
    static String problem(int status, String location, String body) {
        if (status != 200 && status != 302 && status != 303) {
            return "HTTP " + status;
        }
        if (body.contains("class=\"card error-page\"")) {
            return "error page";
        }
        if (body.contains("ui-messages-error")) {
            return "error message on the page";
        }
        if (location.contains("login.xhtml")) {
            return "redirected to sign-in";
        }
        return null;
    }

    /** The sign-up form's post, built from the page as a browser would: its action, hidden fields, the button and the nonce. */
    static HttpRequest signUpPost(String baseUrl, String cookie, String page) {
        URI target = URI.create(baseUrl).resolve(signUpAction(page));
        return post(baseUrl, cookie, target.toString(), signUpFields(page));
    }

    /** Where the sign-up form posts to, as written in its action. */
    static String signUpAction(String page) {
        String form = signUpForm(page).group(0);
        Matcher action = ACTION.matcher(form.substring(0, form.indexOf('>')));
        if (!action.find()) {
            throw new IllegalStateException("The sign-up form has no action");
        }
        return unescape(action.group(1));
    }

    /** The fields a browser posts when the button is pressed and nothing typed: the form's hidden inputs, the button, the nonce. */
    static Map<String, String> signUpFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(signUpForm(page).group(1));
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        if (!fields.containsKey("jakarta.faces.ViewState")) {
            throw new IllegalStateException("The sign-up form has no view state");
        }
        fields.put("signUp:submit", "");
        // PrimeFaces' script adds the page's nonce to every form in a browser.
        fields.putIfAbsent("primefaces.nonce", nonce(page));
        return fields;
    }

    private static Matcher signUpForm(String page) {
        Matcher form = SIGN_UP_FORM.matcher(page);
        if (!form.find()) {
            throw new IllegalStateException("No form id=\"signUp\" on the workshop page (has the page with the sign-up form been merged?)");
        }
        return form;
    }

    private static HttpClient client() {
        // HTTP/1.1 as a browser over plain HTTP speaks it (no h2c upgrade); cookies are handled per member below.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest get(Session session, String path) {
        return withCookie(session.cookie, HttpRequest.newBuilder(URI.create(session.baseUrl + path))).GET().build();
    }

    private static HttpRequest post(String baseUrl, String cookie, String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // Browsers send the page's origin with every post.
        String origin = baseUrl.substring(0, baseUrl.indexOf('/', "http://".length()));
        return withCookie(cookie, HttpRequest.newBuilder(URI.create(url))).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest.Builder withCookie(String cookie, HttpRequest.Builder request) {
        request.timeout(TIMEOUT).header("Accept", "text/html");
        return cookie == null ? request : request.header("Cookie", cookie);
    }

    private static HttpResponse<String> send(HttpClient http, Session session, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        remember(session, answer);
        return answer;
    }

    /** Keeps the newest session cookie (sign-in gives a new session id). */
    private static void remember(Session session, HttpResponse<String> answer) {
        for (String cookie : answer.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("JSESSIONID=")) {
                int end = cookie.indexOf(';');
                session.cookie = end < 0 ? cookie : cookie.substring(0, end);
            }
        }
    }

    private static String hiddenValue(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No hidden input " + name);
        }
        return unescape(matcher.group(1));
    }

    private static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSP nonce on the page");
        }
        return matcher.group(1);
    }

    private static String unescape(String attribute) {
        return attribute.replace("&#58;", ":").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** For messages: "302 x 200" or "200 x 150, 500 x 50". */
    public static String describe(Map<Integer, Long> statuses) {
        return Arrays.toString(statuses.entrySet().stream().map(e -> e.getKey() + " x " + e.getValue()).toArray());
    }
}
