package fr.mesinfos.connector.orange.format;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.ingest.Mapped;
import fr.mesinfos.connector.ingest.PartnerFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.events.payload.GeolocationFix;

/** Orange's phone location fixes (fr.orange.geopoint, geoloc.json), one orange.geolocation event each. */
@ApplicationScoped
public class GeopointsFormat implements PartnerFormat {
    static final String DOC_TYPE = "fr.orange.geopoint";
    // docTypeVersion names the Cozy konnector that exported the record: informational, any value
    private static final Set<String> FIELDS = Set.of(
            "docType", "docTypeVersion", "msisdn", "timestamp", "latitude", "longitude", "radius");

    @Override
    public String name() {
        return "geopoints";
    }

    @Override
    public String description() {
        return "Orange fr.orange.geopoint location fixes of a mobile line (msisdn, timestamp, latitude, longitude, "
                + "radius in metres)";
    }

    @Override
    public List<Mapped> map(JsonNode record, RecordErrors errors) {
        Fields f = new Fields(errors);
        f.onlyKnown(record, "", FIELDS);
        f.docType(record, DOC_TYPE);
        String msisdn = f.msisdn(record, "msisdn", "is required");
        Instant instant = f.instant(record, "", "timestamp", true);
        Fields.Position position = f.position(record, true);
        Integer radius = f.whole(record, "", "radius", true, 0);
        if (f.hasErrors()) {
            return List.of();
        }
        return List.of(new Mapped(msisdn,
                new GeolocationFix(msisdn, instant, position.latitude(), position.longitude(), radius)));
    }
}
