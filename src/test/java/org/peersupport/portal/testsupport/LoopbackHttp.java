package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP/1.0 client for non-browser requests that come from a chosen loopback address
 * (127.0.0.N), so that tests of the per-address sign-in limit never throttle the browser tests,
 * which come from 127.0.0.1. Keeps the session cookie between requests.
 */
public final class LoopbackHttp {

    public record Response(int status, Map<String, String> headers, String body) {
        /** PrimeFaces' CSP nonce of this page, which its forms must post back (PrimeFaces' JS adds it in a browser). */
        public String primeFacesNonce() {
            Matcher matcher = Pattern.compile("nonce=\"([^\"]+)\"").matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No CSP nonce on the page");
            }
            return matcher.group(1);
        }

        /** The value of a hidden input such as jakarta.faces.ViewState. */
        public String hiddenValue(String name) {
            Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No hidden input " + name);
            }
            return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }
    }

    private final URI base;
    private final InetAddress from;
    private String sessionCookie;

    public LoopbackHttp(String baseUrl, String fromAddress) {
        try {
            this.base = URI.create(baseUrl);
            this.from = InetAddress.getByName(fromAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The session cookie ({@code JSESSIONID=…}) this client holds, for a WebSocket handshake in the same session. */
    public String sessionCookie() {
        return sessionCookie;
    }

    /** Signs in through the sign-in form, as a browser would; the session cookie then belongs to that member. */
    public Response signIn(String email, String password) {
        Response page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        form.put("jakarta.faces.ViewState", page.hiddenValue("jakarta.faces.ViewState"));
        form.put("primefaces.nonce", page.primeFacesNonce());
        return postForm("/login.xhtml", form);
    }

    public Response get(String path) {
        return send("GET " + contextPath() + path + " HTTP/1.0\r\n", null);
    }

    /** A form post from one of the portal's own pages: browsers send the page's origin with every POST. */
    public Response postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, Map.of("Origin", origin()));
    }

    /** A form post with these request headers instead (say, another site's Origin, or none). */
    public Response postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST " + contextPath() + path + " HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + headerLines(headers), body);
    }

    /** A GET with extra request headers. */
    public Response get(String path, Map<String, String> headers) {
        return send("GET " + contextPath() + path + " HTTP/1.0\r\n" + headerLines(headers), null);
    }

    /** The origin this client's requests name in their Host header. */
    public String origin() {
        return "http://localhost:" + base.getPort();
    }

    private static String headerLines(Map<String, String> headers) {
        return headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + "\r\n").collect(Collectors.joining());
    }

    /** "" when the portal is at the root (browser tests), "/portal" under Arquillian. */
    private String contextPath() {
        String path = base.getPath() == null ? "" : base.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private Response send(String requestHead, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5000);
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(requestHead)
                    .append("Host: localhost:").append(base.getPort()).append("\r\n")
                    .append("Accept: text/html\r\nUser-Agent: portal-tests\r\n");
            if (sessionCookie != null) {
                head.append("Cookie: ").append(sessionCookie).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase();
            String value = lines[i].substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + "\n" + b);
            if (name.equals("set-cookie") && value.startsWith("JSESSIONID=")) {
                sessionCookie = value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
            }
        }
        return new Response(status, headers, text.substring(split + 4));
    }

}
