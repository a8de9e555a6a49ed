package fr.mesinfos.connector.maif.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.PartnerFormat;

/**
 * The README's "Accepted formats": one example per format, valid in it, and each the pilot data itself (so the events
 * the README describes are those MemberFileFormatTest and ClaimsFormatTest compute).
 */
class ReadmeExamplesTest {
    private static final Pattern SECTION = Pattern.compile("^### `([a-z-]+)`.*?```json\\n(.*?)```",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void everyExampleIsValidAndIsThePilotData() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, PartnerFormat> formats = new LinkedHashMap<>();
        List.of(new MemberFileFormat(), new ClaimsFormat()).forEach(f -> formats.put(f.name(), f));
        Map<String, JsonNode> pilot = Map.of("member-file", MemberFileFormatTest.memberFile(),
                "claims", Records.pilotRecord("sinistre_vehicule.json"));
        Matcher m = SECTION.matcher(readme);
        int examples = 0;
        while (m.find()) {
            PartnerFormat format = formats.get(m.group(1));
            assertTrue(format != null, "README section of an unknown format");
            JsonNode example = Records.json(m.group(2));
            Records.valid(format, example);
            assertEquals(pilot.get(m.group(1)), example, "the example of " + m.group(1) + " is the pilot data");
            examples++;
        }
        assertEquals(formats.size(), examples, "one example per format");
    }
}
