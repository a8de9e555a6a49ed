package fr.mesinfos.connector.orange.format;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.PhoneCommunication;
import fr.mesinfos.events.payload.PhoneCommunication.Direction;
import fr.mesinfos.events.payload.PhoneCommunication.Kind;

/** Orange's call and SMS log (fr.orange.phonecommunicationlog, donnees_d_appel_telephonique.json) to orange.calls. */
@ApplicationScoped
public class CommunicationLogsFormat implements PartnerFormat {
    static final String DOC_TYPE = "fr.orange.phonecommunicationlog";
    // _id is the Cozy storage id and docTypeVersion the exporting konnector: informational, any value
    private static final Set<String> FIELDS = Set.of("_id", "docType", "docTypeVersion", "timestamp", "msisdn",
            "partner", "length", "chipType", "type", "networkType", "endCause", "latitude", "longitude");

    /** What Orange's French type says: voice or text, which way, and whether a call went to the voicemail. */
    record Type(Kind kind, Direction direction, Boolean forwardedToVoicemail) {
    }

    // exact labels as Orange writes them (its "boite" has no circumflex); forwardedToVoicemail is only said of
    // incoming calls, the only ones Orange can forward
    static final Map<String, Type> TYPES = Map.of(
            "appel sortant", new Type(Kind.CALL, Direction.OUTGOING, null),
            "appel entrant", new Type(Kind.CALL, Direction.INCOMING, false),
            "appel entrant renvoyé - vers la boite vocale", new Type(Kind.CALL, Direction.INCOMING, true),
            "SMS sortant", new Type(Kind.SMS, Direction.OUTGOING, null),
            "SMS entrant", new Type(Kind.SMS, Direction.INCOMING, null));

    // the unit of length: seconds for a call, messages for an SMS
    private static final Map<Kind, String> CHIP_TYPES = Map.of(Kind.CALL, "s", Kind.SMS, "M");
    private static final Set<String> NETWORK_TYPES = Set.of("2G", "3G", "4G", "5G");
    // Orange writes N/A when no radio network carried the communication (e.g. a call sent to the voicemail)
    private static final String NO_NETWORK = "N/A";

    @Override
    public String name() {
        return "communication-logs";
    }

    @Override
    public String description() {
        return "Orange fr.orange.phonecommunicationlog records: one call or SMS of a mobile line (timestamp, partner "
                + "number, type such as appel sortant or SMS entrant, length, network, cell position)";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.onlyKnown(record, "", FIELDS);
        f.docType(record, DOC_TYPE);
        Instant instant = f.instant(record, "", "timestamp", true);
        String msisdn = f.msisdn(record, "msisdn", "is required");
        String correspondent = f.text(record, "", "partner", true);
        if (correspondent != null && !correspondent.matches("[0-9+*#]{1,20}")) {
            f.error("/partner", "must be a phone or short number: 1 to 20 digits, +, * or #");
            correspondent = null;
        }
        Type type = type(f, record);
        String chipType = f.text(record, "", "chipType", true);
        if (type != null && chipType != null && !chipType.equals(CHIP_TYPES.get(type.kind()))) {
            f.error("/chipType", type.kind() == Kind.CALL
                    ? "must be s (seconds) for a call" : "must be M (messages) for an SMS");
        }
        // a call may last 0 s (not answered); an SMS record counts at least one message
        Integer length = f.whole(record, "", "length", true, type != null && type.kind() == Kind.SMS ? 1 : 0);
        String networkType = networkType(f, record);
        String endCause = f.text(record, "", "endCause", false);
        if (endCause != null && !endCause.matches("[0-9]{1,3}")) {
            f.error("/endCause", "must be a code of 1 to 3 digits");
        }
        Fields.Position cell = f.position(record, false);
        if (f.hasErrors()) {
            return List.of();
        }
        boolean call = type.kind() == Kind.CALL;
        return List.of(new Mapped(msisdn, new PhoneCommunication(instant, msisdn, correspondent, type.kind(),
                type.direction(), call ? length : null, call ? null : length, type.forwardedToVoicemail(),
                networkType, endCause, chipType,
                cell == null ? null : cell.latitude(), cell == null ? null : cell.longitude())));
    }

    private static Type type(Fields f, JsonNode record) {
        String label = f.text(record, "", "type", true);
        if (label == null) {
            return null;
        }
        Type type = TYPES.get(label);
        if (type == null) {
            f.error("/type", "must be one of appel sortant, appel entrant, "
                    + "appel entrant renvoyé - vers la boite vocale, SMS sortant, SMS entrant");
        }
        return type;
    }

    private static String networkType(Fields f, JsonNode record) {
        String value = f.text(record, "", "networkType", false);
        if (value == null || value.equals(NO_NETWORK)) {
            return null;
        }
        if (!NETWORK_TYPES.contains(value)) {
            f.error("/networkType", "must be 2G, 3G, 4G, 5G or N/A");
            return null;
        }
        return value;
    }
}
