package org.lanterne.workbench.internal.signin;

import java.time.Duration;
import java.util.Properties;

import org.lanterne.workbench.WorkbenchIds;

/**
 * How long the workbench waits without keyboard or mouse input before it locks, from
 * {@link WorkbenchIds#PROPERTY_LOCK_AFTER_SECONDS} or else
 * {@link WorkbenchIds#PROPERTY_LOCK_AFTER_MINUTES}. A value that is not a whole number above zero
 * or above a day is ignored: the lock cannot be switched off.
 */
final class LockDelay {

    static final Duration DEFAULT = Duration.ofMinutes(10);

    /** Beyond a day the lock would be no lock at all. */
    static final Duration MAX = Duration.ofDays(1);

    private LockDelay() {
    }

    static Duration from(Properties properties) {
        Long seconds = positive(properties.getProperty(WorkbenchIds.PROPERTY_LOCK_AFTER_SECONDS), MAX.toSeconds());
        if (seconds != null) {
            return Duration.ofSeconds(seconds);
        }
        Long minutes = positive(properties.getProperty(WorkbenchIds.PROPERTY_LOCK_AFTER_MINUTES), MAX.toMinutes());
        return minutes != null ? Duration.ofMinutes(minutes) : DEFAULT;
    }

    private static Long positive(String value, long max) {
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value.trim());
            return number > 0 && number <= max ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
