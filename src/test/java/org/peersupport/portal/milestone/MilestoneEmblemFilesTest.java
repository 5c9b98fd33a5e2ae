package org.peersupport.portal.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/** Every emblem a milestone can carry has its drawing in the WAR: well-formed SVG, 48 × 48, decorative. */
class MilestoneEmblemFilesTest {

    private static final Path FOLDER = Path.of("src/main/webapp/resources/images/milestones");

    @ParameterizedTest
    @EnumSource(MilestoneIcon.class)
    void eachEmblemIsADecorativeFortyEightPixelSvg(MilestoneIcon icon) throws Exception {
        Path file = FOLDER.resolve(icon.fileName());
        assertThat(file).as(icon + " has a drawing").isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element svg = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 48 48");
        assertThat(svg.getAttribute("aria-hidden")).as("the name beside it carries the meaning").isEqualTo("true");
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()
                + svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength()).as("something is drawn").isPositive();
        assertThat(Files.readString(file)).as("nothing that runs or loads (CSP)").doesNotContain("<script", "href=", "url(");
    }
}
