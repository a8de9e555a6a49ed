package fr.mesinfos.simulators;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.edf.format.ContractFormat;
import fr.mesinfos.connector.edf.format.EnedisDailyEnergyFormat;
import fr.mesinfos.connector.edf.format.EnedisLoadCurveFormat;
import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.maif.format.ClaimsFormat;
import fr.mesinfos.connector.maif.format.MemberFileFormat;
import fr.mesinfos.connector.orange.format.CommunicationLogsFormat;
import fr.mesinfos.connector.orange.format.GeopointsFormat;
import fr.mesinfos.events.PayloadValidator;

/** The connectors' real format mappers, by partner and format name, and a strict way to run a record through them. */
final class Mappers {
    private static final Map<String, PartnerFormat> EDF = byName(new ContractFormat(), new EnedisLoadCurveFormat(), new EnedisDailyEnergyFormat());
    private static final Map<String, PartnerFormat> ORANGE = byName(new GeopointsFormat(), new CommunicationLogsFormat());
    private static final Map<String, PartnerFormat> MAIF = byName(new MemberFileFormat(), new ClaimsFormat());

    private Mappers() {
    }

    private static Map<String, PartnerFormat> byName(PartnerFormat... formats) {
        return Stream.of(formats).collect(Collectors.toMap(PartnerFormat::name, Function.identity()));
    }

    static PartnerFormat of(String partner, String format) {
        PartnerFormat mapper = switch (partner) {
            case "edf" -> EDF.get(format);
            case "orange" -> ORANGE.get(format);
            case "maif" -> MAIF.get(format);
            default -> null;
        };
        if (mapper == null) {
            throw new AssertionError("no connector format " + partner + "/" + format);
        }
        return mapper;
    }

    /** Maps the record, asserting no error and that every payload passes its category's JSON Schema. */
    static List<Mapped> mapCleanly(PartnerFormat format, JsonNode record) {
        RecordErrors errors = new RecordErrors();
        List<Mapped> mapped = format.map(record, errors);
        assertTrue(errors.isEmpty(), format.name() + ": " + errors.list() + " in " + record);
        for (Mapped one : mapped) {
            List<?> violations = PayloadValidator.shared().validate(one.payload());
            assertTrue(violations.isEmpty(), format.name() + " payload invalid: " + violations);
        }
        return mapped;
    }
}
