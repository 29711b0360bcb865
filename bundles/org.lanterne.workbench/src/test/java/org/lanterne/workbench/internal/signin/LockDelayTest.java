package org.lanterne.workbench.internal.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.workbench.WorkbenchIds;

class LockDelayTest {

    private static Properties properties(String minutes, String seconds) {
        Properties properties = new Properties();
        if (minutes != null) {
            properties.setProperty(WorkbenchIds.PROPERTY_LOCK_AFTER_MINUTES, minutes);
        }
        if (seconds != null) {
            properties.setProperty(WorkbenchIds.PROPERTY_LOCK_AFTER_SECONDS, seconds);
        }
        return properties;
    }

    @Test
    void tenMinutesUnlessConfigured() {
        assertEquals(Duration.ofMinutes(10), LockDelay.from(new Properties()));
    }

    @Test
    void minutesAreRead() {
        assertEquals(Duration.ofMinutes(3), LockDelay.from(properties(" 3 ", null)));
    }

    @Test
    void secondsWinOverMinutes() {
        assertEquals(Duration.ofSeconds(5), LockDelay.from(properties("3", "5")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-1", "ten", "", "1441", "99999999999999999999" })
    void aValueThatWouldSwitchTheLockOffIsIgnored(String minutes) {
        assertEquals(LockDelay.DEFAULT, LockDelay.from(properties(minutes, null)));
    }

    @Test
    void aDayIsTheLongestDelay() {
        assertEquals(Duration.ofDays(1), LockDelay.from(properties("1440", null)));
        assertEquals(LockDelay.DEFAULT, LockDelay.from(properties(null, "86401")));
    }
}
