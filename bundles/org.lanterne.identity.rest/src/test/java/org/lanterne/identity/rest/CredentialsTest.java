package org.lanterne.identity.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNameAndPasswordWithEscapes() throws IOException {
        Credentials credentials = Credentials.read(body("{\"name\":\"amina\",\"password\":\"p\\u00e9ss \\\"quoted\\\"\"}"));

        assertEquals("amina", credentials.name);
        assertArrayEquals("péss \"quoted\"".toCharArray(), credentials.password);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "[]", "{\"name\":\"a\"}", "{\"name\":1,\"password\":\"p\"}", "{\"name\":\"a\",\"password\":\"p\",\"role\":\"x\"}",
            "{\"name\":\"a\",\"password\":", "not json" })
    void refusesAnythingButANameAndAPasswordWithoutEchoingThePassword(String json) {
        IOException refused = assertThrows(IOException.class, () -> Credentials.read(body(json)));
        assertFalse(refused.getMessage() == null || refused.getMessage().contains("\"p\""), String.valueOf(refused.getMessage()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"hunter2-secret\": 1}", "{\"name\": \"a\", \"password\": \"p\", hunter2-secret}",
            "{\"name\": hunter2-secret}", "{\"password\": [\"hunter2-secret\"]}" })
    void noRefusalQuotesTheBody(String json) {
        IOException refused = assertThrows(IOException.class, () -> Credentials.read(body(json)));
        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
    }

    @Test
    void aBodyPastTheLimitIsRefused() {
        String large = "{\"name\":\"a\",\"password\":\"" + "x".repeat(5000) + "\"}";

        IOException refused = assertThrows(IOException.class, () -> Credentials.read(new LimitedInputStream(body(large), 4096)));
        assertTrue(refused.getMessage().contains("too large"), refused.getMessage());
    }
}
