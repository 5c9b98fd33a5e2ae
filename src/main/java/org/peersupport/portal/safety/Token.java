package org.peersupport.portal.safety;

/**
 * One normalised word of a text and where it stood in the original: {@code text.substring(start, end)}
 * is what the writer typed. Tokens with the same {@code clause} were not separated by sentence or
 * clause punctuation (negation does not reach across it). {@code elongated} says a run of three or
 * more equal letters was shortened, so the matcher also tries the word with doubled letters squeezed.
 */
public record Token(String text, int start, int end, int clause, boolean elongated) {

    /** The word with every run of equal letters reduced to one ("kiill" → "kil"). */
    public String squeezed() {
        return TextNormalizer.squeeze(text);
    }
}
