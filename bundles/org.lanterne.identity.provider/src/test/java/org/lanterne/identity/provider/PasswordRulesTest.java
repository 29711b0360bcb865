package org.lanterne.identity.provider;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.identity.api.PasswordRejectedException;
import org.lanterne.identity.api.PasswordRule;

class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.bundled();

    private PasswordRule broken(String name, String password) {
        return assertThrows(PasswordRejectedException.class, () -> rules.check(name, password.toCharArray())).rule();
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertDoesNotThrow(() -> rules.check("amina", "river-lamp-cedar-71".toCharArray()));
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        assertEquals(PasswordRule.MIN_LENGTH, broken("amina", "rivlampced7"));
        assertDoesNotThrow(() -> rules.check("amina", "rivlampced71".toCharArray()));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 6 characters outside the BMP are 12 UTF-16 units, but only 6 characters.
        assertEquals(PasswordRule.MIN_LENGTH, broken("amina", "😀😁😂🤣😃😄"));
    }

    @Test
    void moreThan256CharactersAreRefused() {
        assertEquals(PasswordRule.MAX_LENGTH, broken("amina", "abcdefghij".repeat(26)));
    }

    @Test
    void thePasswordMayNeitherBeNorContainTheNameWhateverTheCase() {
        assertEquals(PasswordRule.NOT_NAME, broken("dr.benali.clinic", "dr.benali.clinic"));
        assertEquals(PasswordRule.NOT_NAME, broken("benali", "my-BENALI-password"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "password1234", "PASSWORD1234", "qwertyuiop12", "123456789012", "motdepasse123" })
    void commonPasswordsAreRefusedWhateverTheCase(String common) {
        assertEquals(PasswordRule.NOT_COMMON, broken("amina", common));
    }

    @Test
    void aPasswordOfFewDifferentCharactersIsRefused() {
        assertEquals(PasswordRule.NOT_REPETITIVE, broken("amina", "abababababababab"));
        assertEquals(PasswordRule.NOT_REPETITIVE, broken("amina", "xXxXyyYYzzZZ"), "case does not make characters different");
    }

    @Test
    void everyBundledCommonPasswordIsLongEnoughToMatter() {
        List<String> common = BundledList.lines("common-passwords.txt");
        assertTrue(common.size() > 50, "entries: " + common.size());
        for (String line : common) {
            assertTrue(line.codePointCount(0, line.length()) >= PasswordRules.MIN_LENGTH, line);
        }
    }
}
