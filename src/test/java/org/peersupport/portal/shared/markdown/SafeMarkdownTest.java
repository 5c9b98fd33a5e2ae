package org.peersupport.portal.shared.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peersupport.portal.shared.markdown.SafeMarkdown.RenderedMarkdown;

class SafeMarkdownTest {

    private static final String REL = " rel=\"nofollow ugc noopener\"";

    private static String html(String markdown) {
        return SafeMarkdown.render(markdown).html();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t\n"})
    void nullOrBlankRendersToNothing(String markdown) {
        assertThat(SafeMarkdown.render(markdown)).isEqualTo(new RenderedMarkdown("", 0, 0));
    }

    @Test
    void emphasisStrongStrikethroughAndCodeArePreserved() {
        assertThat(html("Hello *you* **there** ~~gone~~ `a<b`"))
                .isEqualTo("<p>Hello <em>you</em> <strong>there</strong> <del>gone</del> <code>a&lt;b</code></p>\n");
    }

    @Test
    void listsKeepTheirNumbering() {
        assertThat(html("- one\n- two")).isEqualTo("<ul><li>one</li><li>two</li></ul>\n");
        assertThat(html("3. three\n4. four")).isEqualTo("<ol start=\"3\"><li>three</li><li>four</li></ol>\n");
    }

    @Test
    void blockquoteRuleAndLineBreakArePreserved() {
        assertThat(html("> it gets better\n\n---\n\nline one  \nline two"))
                .isEqualTo("<blockquote>\n<p>it gets better</p>\n</blockquote>\n<hr />\n<p>line one<br />\nline two</p>\n");
    }

    @Test
    void codeBlockIsKeptButItsLanguageClassAndMarkupAreNot() {
        assertThat(html("```java\n<b>bold?</b>\n```"))
                .isEqualTo("<pre><code>&lt;b&gt;bold?&lt;/b&gt;\n</code></pre>\n");
    }

    @Test
    void headingsOneAndTwoBecomeThreeSoAPostCannotOutshoutThePage() {
        assertThat(html("# Big\n\n## Bigger\n\n### Three\n\n#### Four\n\n###### Six"))
                .isEqualTo("<h3>Big</h3>\n<h3>Bigger</h3>\n<h3>Three</h3>\n<h4>Four</h4>\n<h6>Six</h6>\n");
        assertThat(html("Setext\n======")).isEqualTo("<h3>Setext</h3>\n");
    }

    @Test
    void everyLinkGetsExactlyTheUserContentRels() {
        RenderedMarkdown post = SafeMarkdown.render("[site](https://example.org \"a title\") and [plain](http://example.org/a?b=c)");
        assertThat(post.html()).isEqualTo("<p><a href=\"https://example.org\"" + REL + ">site</a> and "
                + "<a href=\"http://example.org/a?b&#61;c\"" + REL + ">plain</a></p>\n");
        assertThat(post.linkCount()).isEqualTo(2);
        assertThat(post.imageCount()).isZero();
    }

    @Test
    void mailtoLinksAreAllowedAndGetTheRelsToo() {
        assertThat(html("[write](mailto:help@example.org)"))
                .isEqualTo("<p><a href=\"mailto:help&#64;example.org\"" + REL + ">write</a></p>\n");
    }

    @Test
    void autolinksAndBareUrlsAndAddressesBecomeLinksAndAreCounted() {
        RenderedMarkdown post = SafeMarkdown.render("<https://a.example> then https://b.example and me@c.example");
        assertThat(post.html()).isEqualTo("<p><a href=\"https://a.example\"" + REL + ">https://a.example</a> then "
                + "<a href=\"https://b.example\"" + REL + ">https://b.example</a> and "
                + "<a href=\"mailto:me&#64;c.example\"" + REL + ">me&#64;c.example</a></p>\n");
        assertThat(post.linkCount()).isEqualTo(3);
    }

    @Test
    void wwwWithoutSchemeStaysTextAndIsNotCounted() {
        RenderedMarkdown post = SafeMarkdown.render("see www.example.org");
        assertThat(post.html()).isEqualTo("<p>see www.example.org</p>\n");
        assertThat(post.linkCount()).isZero();
    }

    @Test
    void relativeAndFragmentLinksLoseTheirHrefButStillCount() {
        RenderedMarkdown post = SafeMarkdown.render("[log out](/logout) [top](#top) [other](//evil.example)");
        assertThat(post.html()).isEqualTo("<p>log out top other</p>\n");
        assertThat(post.linkCount()).isEqualTo(3);
    }

    @Test
    void anImageBecomesALinkNamedByItsAltText() {
        RenderedMarkdown post = SafeMarkdown.render("![a calm lake](https://img.example/lake.png \"Lake\")");
        assertThat(post.html()).isEqualTo("<p><a href=\"https://img.example/lake.png\"" + REL + ">a calm lake</a></p>\n");
        assertThat(post.linkCount()).isEqualTo(1);
        assertThat(post.imageCount()).isEqualTo(1);
    }

    @Test
    void anImageWithoutAltTextIsNamedByItsUrl() {
        assertThat(html("![](https://img.example/x.png)"))
                .isEqualTo("<p><a href=\"https://img.example/x.png\"" + REL + ">https://img.example/x.png</a></p>\n");
    }

    @Test
    void anImageWithAScriptUrlIsJustItsAltText() {
        RenderedMarkdown post = SafeMarkdown.render("![smile](javascript:alert(1))");
        assertThat(post.html()).isEqualTo("<p>smile</p>\n");
        assertThat(post.imageCount()).isEqualTo(1);
    }

    @Test
    void anImageInsideALinkDoesNotNestLinks() {
        RenderedMarkdown post = SafeMarkdown.render("[![badge](https://img.example/b.png)](https://example.org)");
        assertThat(post.html()).isEqualTo("<p><a href=\"https://example.org\"" + REL + ">badge</a></p>\n");
        assertThat(post.linkCount()).isEqualTo(2);
        assertThat(post.imageCount()).isEqualTo(1);
    }

    @Test
    void aLinkWithoutTextShowsItsUrlInsteadOfHidingIt() {
        assertThat(html("[](https://example.org)"))
                .isEqualTo("<p><a href=\"https://example.org\"" + REL + ">https://example.org</a></p>\n");
    }

    @Test
    void countsFollowTheDocumentNotTheText() {
        String markdown = "[one](https://a.example), <https://b.example>, https://c.example\n\n"
                + "![pic](https://d.example/p.png) and ![](https://e.example/q.gif)\n\n"
                + "[ref link][r]\n\n[r]: https://f.example\n\n"
                + "`https://in.code.example` is not a link";
        RenderedMarkdown post = SafeMarkdown.render(markdown);
        assertThat(post.linkCount()).isEqualTo(6);
        assertThat(post.imageCount()).isEqualTo(2);
        assertThat(post.html()).doesNotContain("<a href=\"https://in.code.example");
    }

    @Test
    void plainTextHasNoLinks() {
        RenderedMarkdown post = SafeMarkdown.render("Feeling a bit better today. Thank you all.");
        assertThat(post).isEqualTo(new RenderedMarkdown("<p>Feeling a bit better today. Thank you all.</p>\n", 0, 0));
    }

    @Test
    void theSanitizerEncodesSomeHarmlessCharactersAsEntities() {
        assertThat(html("@Quiet Harbor said 1+1=2, it's \"fine\""))
                .isEqualTo("<p>&#64;Quiet Harbor said 1&#43;1&#61;2, it&#39;s &#34;fine&#34;</p>\n");
    }

    // ---- Stored XSS corpus ------------------------------------------------------------------------

    /** Each payload, and the escaped text that must show instead of raw markup (null for pure Markdown). */
    static Stream<Arguments> xssCorpus() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
                Arguments.of("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", "&lt;SCRIPT SRC&#61;"),
                Arguments.of("<<script>script>alert(1)<</script>/script>", "&lt;&lt;script&gt;script&gt;"),
                Arguments.of("`<script>` then <script>alert(1)</script>", "then &lt;script&gt;alert(1)"),
                Arguments.of("<img src=x onerror=alert(1)>", "&lt;img src&#61;x onerror&#61;alert(1)&gt;"),
                Arguments.of("<img src=\"https://tracker.example/pixel.gif\">", "&lt;img src&#61;"),
                Arguments.of("\"><img src=x onerror=alert(1)>", "&#34;&gt;&lt;img"),
                Arguments.of("<body onload=alert(1)>", "&lt;body onload&#61;alert(1)&gt;"),
                Arguments.of("<div onmouseover=\"alert(1)\">hover</div>", "&lt;div onmouseover&#61;"),
                Arguments.of("<details open ontoggle=alert(1)>", "&lt;details open ontoggle&#61;"),
                Arguments.of("<svg onload=alert(1)><circle r=1 /></svg>", "&lt;svg onload&#61;alert(1)&gt;"),
                Arguments.of("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "&lt;math&gt;&lt;mi"),
                Arguments.of("<iframe src=\"https://evil.example\"></iframe>", "&lt;iframe src&#61;"),
                Arguments.of("<object data=\"javascript:alert(1)\"></object>", "&lt;object data&#61;"),
                Arguments.of("<embed src=\"data:text/html,<script>alert(1)</script>\">", "&lt;embed src&#61;"),
                Arguments.of("<style>body{background:url(javascript:alert(1))}</style>", "&lt;style&gt;body{"),
                Arguments.of("<a href=\"javascript:alert(1)\">click</a>", "&lt;a href&#61;&#34;javascript:"),
                Arguments.of("<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "&lt;a href&#61;"),
                Arguments.of("<a href=\"https://ok.example\" onclick=\"steal()\">x</a>", "&lt;a href&#61;"),
                Arguments.of("https://e.example/\"><script>alert(1)</script>", "&lt;script&gt;alert(1)"),
                Arguments.of("<data:text/html,<script>alert(1)</script>>", "&lt;data:text/html,&lt;script&gt;"),
                Arguments.of("[click](javascript:alert(1))", null),
                Arguments.of("[click](JaVaScRiPt:alert(1))", null),
                Arguments.of("[click](jav&#x09;ascript:alert(1))", null),
                Arguments.of("[click](&#106;avascript:alert(1))", null),
                Arguments.of("[click](javascript&#58;alert(1))", null),
                Arguments.of("[click]( javascript:alert(1) )", null),
                Arguments.of("<javascript:alert(1)>", null),
                Arguments.of("<JAVASCRIPT:alert(1)>", null),
                Arguments.of("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", null),
                Arguments.of("[click](DATA:text/html,x)", null),
                Arguments.of("[click](vbscript:msgbox(1))", null),
                Arguments.of("<VBScript:msgbox(1)>", null),
                Arguments.of("![x](javascript:alert(1))", null),
                Arguments.of("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", null),
                Arguments.of("![x\" onerror=\"alert(1)](https://e.example/x.png)", null),
                Arguments.of("[t](https://e.example \"a\\\" onmouseover=\\\"alert(1)\")", null),
                Arguments.of("[t](https://e.example 'x\" onclick=\"alert(1)')", null),
                Arguments.of("[x](https://e.example/\"onmouseover=\"alert(1))", null),
                Arguments.of("[[nested [brackets]]](javascript:alert(1))", null),
                Arguments.of("[a [b](javascript:alert(1)) c](https://e.example)", null),
                Arguments.of("[x][evil]\n\n[evil]: javascript:alert(1)", null),
                Arguments.of("[x][evil]\n\n[evil]: <vbscript:msgbox(1)> \"t\"", null));
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\son\\w+\\s*=");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @ParameterizedTest
    @MethodSource("xssCorpus")
    void storedXssPayloadsAreDefused(String payload, String escaped) {
        String html = html(payload);
        String lower = html.toLowerCase();

        assertThat(lower).doesNotContain("<script", "<iframe", "<svg", "<math", "<style", "<object", "<embed",
                "<img", "<div", "<body", "<details");
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(tags.group()).doesNotContainPattern(EVENT_HANDLER).doesNotContain(" title=", " style=");
        }
        Matcher hrefs = HREF.matcher(html);
        while (hrefs.find()) {
            assertThat(hrefs.group(1)).matches("(https?://|mailto:).*");
        }
        assertThat(lower).doesNotContainPattern("href=\"\\s*(javascript|data|vbscript|jav)");
        if (escaped != null) {
            assertThat(html).contains(escaped);
        }
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(xssCorpus()).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void scriptLinksKeepTheirWordsButLoseTheLink() {
        RenderedMarkdown post = SafeMarkdown.render("[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) "
                + "[z](jav&#x09;ascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox)");
        assertThat(post.html()).isEqualTo("<p>x y z d v</p>\n");
        assertThat(post.linkCount()).isEqualTo(5);
    }

    @Test
    void quotesInAUrlCannotBreakOutOfTheAttribute() {
        assertThat(html("[x](https://e.example/\"onmouseover=\"alert(1))"))
                .isEqualTo("<p><a href=\"https://e.example/&#34;onmouseover&#61;&#34;alert%281%29\"" + REL + ">x</a></p>\n");
    }

    @Test
    void linkTitlesAreDropped() {
        assertThat(html("[t](https://e.example 'x\" onclick=\"alert(1)')"))
                .isEqualTo("<p><a href=\"https://e.example\"" + REL + ">t</a></p>\n");
    }

    @Test
    void rawHtmlBlockIsShownAsText() {
        assertThat(html("<div onmouseover=\"alert(1)\">hover</div>"))
                .isEqualTo("<p>&lt;div onmouseover&#61;&#34;alert(1)&#34;&gt;hover&lt;/div&gt;</p>\n");
    }
}
