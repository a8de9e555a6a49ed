package fr.mesinfos.consent.lifecycle.api;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.support.problem.ProblemException;

/**
 * Reads the optional JSON body of a person's action (a withdrawal is one call: no body, no content type needed),
 * answering 400 naming the field when what was sent is not what the action takes.
 */
@ApplicationScoped
public class OptionalBody {

    @Inject
    ObjectMapper json;

    /** The body as the type, or null when there is none. */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw ProblemException.invalidParameter(field.isEmpty() ? "body" : field, "not a valid value here");
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidParameter("body", "not JSON");
        } catch (IOException e) {
            throw ProblemException.invalidParameter("body", "unreadable");
        }
    }
}
