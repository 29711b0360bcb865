package org.lanterne.instruments.assessments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.ScoreResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON text kept in the assessment tables: answers, results and definition snapshots, written
 * from the API's records and read back into equal records.
 */
final class JsonColumns {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // 34.9 stays 34.9: numeric answers are compared with range ends exactly
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    // A definition's maps have no fixed order, so the same definition must be written sorted to give
    // the same text and hash; a result's totals keep their order, the main total first.
    private static final ObjectMapper SORTED = JSON.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final TypeReference<LinkedHashMap<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** @return the answers or the result as JSON */
    static String write(Object value) {
        return write(JSON, value);
    }

    /** @return the definition as JSON, the same text for equal definitions */
    static String writeDefinition(InstrumentDefinition definition) {
        return write(SORTED, definition);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // the message names types and item ids, not values
            throw new IllegalArgumentException("The answers hold a value that cannot be stored as JSON", e);
        }
    }

    static Map<String, Object> answers(String json) {
        return read(json, ANSWERS);
    }

    static ScoreResult result(String json) {
        return read(json, new TypeReference<ScoreResult>() {
        });
    }

    static InstrumentDefinition definition(String json) {
        return read(json, new TypeReference<InstrumentDefinition>() {
        });
    }

    /** @return the SHA-256 of the text's UTF-8 bytes, 64 lower-case hexadecimal digits */
    static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            // no cause: a parser's message may quote the stored text, which holds answers
            throw new IllegalStateException("A stored assessment column cannot be read back as " + type.getType().getTypeName());
        }
    }
}
