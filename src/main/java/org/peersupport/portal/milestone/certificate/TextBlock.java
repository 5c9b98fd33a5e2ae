package org.peersupport.portal.milestone.certificate;

import java.util.List;

/** Lines of one style, fitted to a width, and the space kept above them. */
record TextBlock(List<String> lines, TextStyle style, float gapBefore) {

    TextBlock(List<String> lines, TextStyle style) {
        this(lines, style, 0);
    }

    TextBlock after(float gap) {
        return new TextBlock(lines, style, gap);
    }

    float height() {
        return lines.size() * style.leading();
    }
}
