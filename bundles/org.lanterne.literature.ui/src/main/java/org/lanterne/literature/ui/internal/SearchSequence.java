package org.lanterne.literature.ui.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers the searches of a part so that only the answer to the latest is shown: searches run off
 * the UI thread and may finish out of order while the user goes on typing.
 */
final class SearchSequence {

    private final AtomicLong latest = new AtomicLong();

    /** @return the number of a new search, which makes every earlier one stale */
    long next() {
        return latest.incrementAndGet();
    }

    /** @return whether no search was started after the one numbered {@code ticket} */
    boolean isLatest(long ticket) {
        return latest.get() == ticket;
    }
}
