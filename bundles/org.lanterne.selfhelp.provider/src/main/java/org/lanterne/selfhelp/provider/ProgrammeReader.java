package org.lanterne.selfhelp.provider;

import java.io.IOException;
import java.util.List;

import org.lanterne.instruments.api.DefinitionException;
import org.lanterne.instruments.api.DefinitionProblem;
import org.lanterne.selfhelp.api.Programme;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a programme file into a {@link Programme}: syntax errors are named by line and column,
 * shape errors (an unknown field, a wrong type) by their JSON path. The rules of a consistent
 * programme are {@link ProgrammeValidator}'s.
 */
final class ProgrammeReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProgrammeReader() {
    }

    /**
     * @param source names the file in problems
     * @throws DefinitionException with one problem when the file is not a programme's shape
     */
    static Programme read(String source, byte[] json) {
        try {
            Programme programme = JSON.readValue(json, Programme.class);
            if (programme == null) {
                throw problem(source, "$", "json-syntax", "The file is empty");
            }
            return programme;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String rule = e.getOriginalMessage().startsWith("Duplicate field") ? "duplicate-key" : "json-syntax";
            throw problem(source, at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr(), rule, e.getOriginalMessage());
        } catch (UnrecognizedPropertyException e) {
            throw problem(source, path(e), "unknown-field", "Unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw problem(source, path(e), "type", "Wrong type of value: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (JsonProcessingException e) {
            throw problem(source, "$", "json-syntax", e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(source, "$", "unreadable", "Cannot be read: " + e.getMessage());
        }
    }

    /** @return the path of the value that failed, as {@code $.modules[2].title} */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append('.').append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static DefinitionException problem(String source, String path, String rule, String message) {
        return new DefinitionException(List.of(new DefinitionProblem(source, path, rule, message)));
    }
}
