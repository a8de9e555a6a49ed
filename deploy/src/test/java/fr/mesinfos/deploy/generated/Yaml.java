package fr.mesinfos.deploy.generated;

import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** Writes generated manifests as one stable multi-document YAML text, a comment saying where it comes from first. */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private Yaml() {
    }

    static String documents(String header, List<?> documents) {
        StringBuilder text = new StringBuilder();
        header.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        for (Object document : documents) {
            text.append("---\n");
            try {
                text.append(MAPPER.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }
}
