package org.lanterne.extraction.api;

/**
 * @param text        the document's text, cut at the character limit
 * @param contentType the detected media type, without parameters
 * @param truncated   whether the character limit cut the text
 */
public record ExtractedText(String text, String contentType, boolean truncated) {

    /** @return the result without its text, so that it can be logged */
    @Override
    public String toString() {
        return "ExtractedText[contentType=" + contentType + ", characters=" + text.length() + ", truncated=" + truncated + "]";
    }
}
