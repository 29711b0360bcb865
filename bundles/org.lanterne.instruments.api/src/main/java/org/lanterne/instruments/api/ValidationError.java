package org.lanterne.instruments.api;

/**
 * Why answers could not be scored. Messages name the item, never the answer given.
 *
 * @param code    what is wrong
 * @param itemId  the item concerned, or {@code null} when it concerns the whole form
 * @param message an English explanation
 */
public record ValidationError(Code code, String itemId, String message) {

    /** What is wrong with the answers. */
    public enum Code {
        /** An answer names no item of the definition. */
        UNKNOWN_ITEM,
        /** The answer has the wrong type for the item (text for a number, ...). */
        INVALID_VALUE,
        /** The answer is not one of the item's allowed values. */
        VALUE_NOT_ALLOWED,
        /** The numeric answer is outside the item's bounds, or a fraction where a count is asked. */
        OUT_OF_RANGE,
        /** A scored item is missing and the definition refuses missing items. */
        MISSING_ITEM,
        /** More items are missing than the definition allows. */
        TOO_MANY_MISSING,
        /** The final judgement of a structured professional judgement is missing. */
        MISSING_JUDGEMENT,
        /** The requested band profile does not exist in the definition. */
        UNKNOWN_BAND_PROFILE
    }
}
