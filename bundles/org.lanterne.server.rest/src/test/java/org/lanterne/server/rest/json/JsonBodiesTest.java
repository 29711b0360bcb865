package org.lanterne.server.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/** Request bodies: limited in size and depth, refused without quoting them. */
class JsonBodiesTest {

    /** @param declaredLength the Content-Length header, or -1 without one (a chunked body) */
    private static HttpServletRequest request(String body, long declaredLength) {
        return request(body.getBytes(StandardCharsets.UTF_8), declaredLength);
    }

    /** @param declaredLength the Content-Length header, or -1 without one (a chunked body) */
    static HttpServletRequest request(byte[] body, long declaredLength) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(JsonBodiesTest.class.getClassLoader(), new Class<?>[] { HttpServletRequest.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentLengthLong" -> declaredLength;
                    case "getInputStream" -> in;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anObjectIsReadAndItsTextFieldsGiven() throws Exception {
        var body = JsonBodies.readObject(request("{\"name\": \"amina\", \"age\": 3}", -1), "{...}");
        assertEquals("amina", JsonBodies.optionalText(body, "name"));
        assertEquals(null, JsonBodies.optionalText(body, "age"));
        assertEquals(3, JsonBodies.answers(body).get("age"));
    }

    @Test
    void aBodyTooLargeIsRefusedWith413WhetherItSaysSoOrNot() {
        String large = "{\"x\": \"" + "a".repeat(JsonBodies.MAX_BODY) + "\"}";
        assertEquals(413, assertThrows(JsonBodies.Refused.class, () -> JsonBodies.readObject(request("{}", JsonBodies.MAX_BODY + 1L), "{}")).status());
        assertEquals(413, assertThrows(JsonBodies.Refused.class, () -> JsonBodies.readObject(request(large, -1), "{}")).status());
    }

    @Test
    void somethingElseThanAnObjectIsRefusedWith400WithoutQuotingIt() {
        for (String body : new String[] { "{\"secret\": ", "[\"secret\"]", "", "{" + "\"a\":{".repeat(20) + "}" }) {
            JsonBodies.Refused refused = assertThrows(JsonBodies.Refused.class, () -> JsonBodies.readObject(request(body, -1), "{\"x\": y}"));
            assertEquals(400, refused.status());
            assertEquals("Send a JSON object: {\"x\": y}.", refused.getMessage());
            assertFalse(refused.getMessage().contains("secret"));
        }
    }
}
