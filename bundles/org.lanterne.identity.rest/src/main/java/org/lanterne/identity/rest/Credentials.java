package org.lanterne.identity.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A sign-in request, {@code {"name": "...", "password": "..."}}, read with the streaming parser so
 * that the password goes straight into a char array and never becomes a String.
 */
final class Credentials {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String NOT_CREDENTIALS = "Send a JSON object with name and password.";

    final String name;
    final char[] password;

    private Credentials(String name, char[] password) {
        this.name = name;
        this.password = password;
    }

    /** @throws IOException with a message for the client when the body is not such an object */
    static Credentials read(InputStream body) throws IOException {
        String name = null;
        char[] password = null;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(NOT_CREDENTIALS);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    throw new IOException(NOT_CREDENTIALS);
                }
                String field = parser.currentName();
                if (!field.equals("name") && !field.equals("password")) {
                    // not quoted: a misplaced password would come back in the answer
                    throw new IOException("Unknown field: send name and password only.");
                }
                JsonToken value = parser.nextToken();
                if (value != JsonToken.VALUE_STRING) {
                    throw new IOException("The field " + field + " must be a string.");
                }
                if (field.equals("name")) {
                    name = parser.getText();
                } else {
                    password = Arrays.copyOfRange(parser.getTextCharacters(), parser.getTextOffset(),
                            parser.getTextOffset() + parser.getTextLength());
                }
            }
        } catch (IOException e) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            // the parser's own messages quote the body, which holds the password
            throw e instanceof JsonProcessingException ? new IOException(NOT_CREDENTIALS) : e;
        }
        if (name == null || password == null) {
            throw new IOException("Both name and password are needed.");
        }
        return new Credentials(name, password);
    }
}
