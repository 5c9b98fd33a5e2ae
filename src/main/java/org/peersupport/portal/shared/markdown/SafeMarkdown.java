package org.peersupport.portal.shared.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A member's Markdown as safe HTML. Commonmark escapes any raw HTML; the OWASP sanitizer then keeps
 * only the few elements a post needs, so a bug in one layer is not yet a stored XSS.
 */
public final class SafeMarkdown {

    /** The HTML to show, and what the post links to (for the new-member link limit). */
    public record RenderedMarkdown(String html, int linkCount, int imageCount) {}

    private static final RenderedMarkdown EMPTY = new RenderedMarkdown("", 0, 0);

    // Bare URLs become links: a spammer should not dodge the link limit by leaving out the brackets.
    private static final List<Extension> EXTENSIONS =
            List.of(AutolinkExtension.create(), StrikethroughExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .build();

    // Absolute links only: a relative href could point a reader at one of our own GET actions.
    private static final Pattern ABSOLUTE_HREF = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "del", "code", "pre", "blockquote",
                    "ul", "ol", "li", "hr", "h3", "h4", "h5", "h6", "a")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("href").matching(ABSOLUTE_HREF).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private SafeMarkdown() {}

    public static RenderedMarkdown render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return EMPTY;
        }
        Node document = PARSER.parse(markdown);
        Collector found = new Collector();
        document.accept(found);
        // Counted before the images are turned into links, so each is counted once, as an image.
        int imageCount = found.images.size();
        int linkCount = found.links.size() + imageCount;

        for (Heading heading : found.headings) {
            // A post must not outshout the page's own h1/h2.
            heading.setLevel(Math.max(3, heading.getLevel()));
        }
        List<Link> links = new ArrayList<>(found.links);
        for (Image image : found.images) {
            links.add(asLink(image));
        }
        for (Link link : links) {
            if (insideLink(link)) {
                unwrap(link); // an <a> inside an <a> is invalid; keep its words
            } else if (link.getFirstChild() == null) {
                link.appendChild(new Text(link.getDestination())); // no invisible links
            }
        }
        return new RenderedMarkdown(POLICY.sanitize(RENDERER.render(document)), linkCount, imageCount);
    }

    /** Replaces the image by a link to its URL: an inline external image would leak the reader's address. */
    private static Link asLink(Image image) {
        Link link = new Link(image.getDestination(), image.getTitle());
        moveChildren(image, link);
        image.insertBefore(link);
        image.unlink();
        return link;
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }

    private static void unwrap(Link link) {
        if (link.getFirstChild() == null) {
            link.insertBefore(new Text(link.getDestination()));
        }
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }

    /** Collects first, changes later: the visitor must not walk a tree that is being rebuilt. */
    private static final class Collector extends AbstractVisitor {
        final List<Link> links = new ArrayList<>();
        final List<Image> images = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();

        @Override
        public void visit(Link link) {
            links.add(link);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            images.add(image);
            visitChildren(image);
        }

        @Override
        public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
        }
    }
}
