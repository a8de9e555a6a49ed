package fr.mesinfos.connector.edf.format;

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

import fr.mesinfos.connector.ingest.PartnerFormat;

/** Every example record of the README's "Accepted formats" is valid in the format of its section. */
class ReadmeExamplesTest {
    private static final Pattern SECTION = Pattern.compile("^### `([a-z-]+)`.*?```json\\n(.*?)```",
            Pattern.MULTILINE | Pattern.DOTALL);

    @Test
    void everyExampleMapsToValidEvents() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, PartnerFormat> formats = new LinkedHashMap<>();
        List.of(new EnedisLoadCurveFormat(), new EnedisLegacyLoadCurveFormat(), new EnedisDailyEnergyFormat(),
                new EnedisLegacyDailyEnergyFormat(), new LinkyHalfHourFormat(), new BillingStatementsFormat(),
                new ContractFormat(), new InvoicesFormat()).forEach(f -> formats.put(f.name(), f));
        Matcher m = SECTION.matcher(readme);
        int examples = 0;
        while (m.find()) {
            PartnerFormat format = formats.get(m.group(1));
            assertTrue(format != null, "README section of an unknown format");
            Records.valid(format, Records.JSON.readTree(m.group(2)));
            examples++;
        }
        assertEquals(formats.size(), examples, "one example per format");
    }
}
