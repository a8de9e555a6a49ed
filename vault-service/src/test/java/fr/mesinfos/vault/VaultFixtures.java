package fr.mesinfos.vault;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.model.Filters;

import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.DailyConsumption;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.events.payload.LoadCurvePoint;
import fr.mesinfos.vault.erasure.Erasures;
import fr.mesinfos.vault.store.RecordSealer;
import fr.mesinfos.vault.store.RecordWriter;
import fr.mesinfos.vault.summary.VaultRecords;

/** Puts records in the vault exactly as the partner stream stores them (sealed, keyed by event id), for the API tests. */
@ApplicationScoped
public class VaultFixtures {
    public static final String PRM_GERMAINE = "14725836914725";
    public static final String PRM_GERARD = "09876543210987";

    @Inject
    RecordSealer sealer;

    @Inject
    RecordWriter writer;

    @Inject
    VaultRecords records;

    @Inject
    com.mongodb.client.MongoClient mongo;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    /** Empties the records and the erasures (an erasure left by a test would keep guarding its person's events). */
    public void clear() {
        records.collection().deleteMany(Filters.empty()).await().indefinitely();
        mongo.getDatabase(database).getCollection(Erasures.COLLECTION).deleteMany(Filters.empty());
    }

    public void store(String personId, List<? extends CategoryPayload> payloads) {
        Date now = new Date();
        List<Document> documents = new ArrayList<>();
        for (CategoryPayload payload : payloads) {
            documents.add(sealer.seal(personId, payload, now));
        }
        writer.write(documents);
    }

    /** {@code count} half-hour points of constant average power from {@code start}. */
    public static List<LoadCurvePoint> halfHours(String prm, Instant start, int count, double watts) {
        List<LoadCurvePoint> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant from = start.plus(Duration.ofMinutes(30L * i));
            points.add(new LoadCurvePoint(prm, from, from.plus(Duration.ofMinutes(30)), watts, LoadCurvePoint.Unit.W,
                    Duration.ofMinutes(30), LoadCurvePoint.FlowDirection.CONSUMPTION, LoadCurvePoint.Quality.RAW, null));
        }
        return points;
    }

    public static DailyConsumption day(String prm, LocalDate date, double wh, DailyConsumption.Origin origin) {
        return new DailyConsumption(prm, date, ParisTime.startOfDay(date), ParisTime.startOfDay(date.plusDays(1)), wh, origin,
                DailyConsumption.ReadingType.MEASURED);
    }

    public static GeolocationFix fix(String msisdn, Instant at) {
        return new GeolocationFix(msisdn, at, 45.7578, 4.8320, 339);
    }
}
