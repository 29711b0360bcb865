package org.lanterne.instruments.api;

/** What kind of answer an item takes. */
public enum ItemType {
    /** {@code true}/{@code false}, or the strings {@code "yes"}/{@code "no"}. */
    YES_NO,
    /** One of the item's choices, whose values are integers ({@code "0"}, {@code "1"}, ...). */
    ORDINAL,
    /** A number within the item's bounds. */
    NUMERIC,
    /** One of the item's choices, by value. */
    SINGLE_CHOICE
}
