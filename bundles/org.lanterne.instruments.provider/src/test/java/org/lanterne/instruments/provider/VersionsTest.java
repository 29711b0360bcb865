package org.lanterne.instruments.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void numericPartsAreComparedAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("1.10", "1.9", "2", "1.9.1", "10", "1.9.0"));
        versions.sort(Versions.ORDER);
        assertEquals(List.of("1.9", "1.9.0", "1.9.1", "1.10", "2", "10"), versions);
    }
}
