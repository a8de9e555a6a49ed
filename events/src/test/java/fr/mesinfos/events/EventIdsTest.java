package fr.mesinfos.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mesinfos.events.payload.ElectricityContract;
import fr.mesinfos.events.payload.LoadCurvePoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids are name-based UUIDs of (source, category, natural key): stable, distinct, unambiguous. */
class EventIdsTest {

    @Test
    void knownValuesNeverChange() {
        // Computed independently (Python uuid5 over the same netstring name); a change here re-ids every stored event.
        assertEquals(UUID.fromString("fb5e383d-1de7-5413-846b-8fa3cd81a343"),
                EventIds.of(Source.EDF, Category.EDF_LOAD_CURVE, "01324654321236", "2017-08-16T22:00:00Z", "W", "consumption"));
        assertEquals(UUID.fromString("9ea1b866-2cbf-59c3-8a2b-7a6b1a325cd5"),
                EventIds.of(Source.ORANGE, "orange.geolocation", "33612345678", "2016-09-01T08:00:45Z"));
        assertEquals(UUID.fromString("22d5b748-4267-5585-bc7f-dfc51ccf3e1a"),
                EventIds.of(Source.EDF, Category.EDF_INVOICES, "Facture n°1"));
    }

    @Test
    void namespaceIsDerivedFromTheMesInfosUrl() {
        UUID urlNamespace = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(EventIds.NAMESPACE, EventIds.nameBased(urlNamespace,
                "https://schemas.mesinfos.fr/events".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void idsAreVersion5Rfc9562() {
        UUID id = EventIds.of(Source.MAIF, Category.MAIF_CLAIMS, "F150181177B", "home");
        assertEquals(5, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void sameKeySameIdDifferentKeyDifferentId() {
        UUID a = EventIds.of(Source.ORANGE, Category.ORANGE_GEOLOCATION, "33612345678", "2016-09-01T08:00:45Z");
        assertEquals(a, EventIds.of(Source.ORANGE, Category.ORANGE_GEOLOCATION, "33612345678", "2016-09-01T08:00:45Z"));
        assertNotEquals(a, EventIds.of(Source.ORANGE, Category.ORANGE_GEOLOCATION, "33612345678", "2016-09-01T08:30:26Z"));
        assertNotEquals(a, EventIds.of(Source.ORANGE, Category.ORANGE_CALLS, "33612345678", "2016-09-01T08:00:45Z"));
    }

    @Test
    void partsAreJoinedUnambiguously() {
        assertNotEquals(EventIds.of(Source.EDF, Category.EDF_INVOICES, "a|b", "c"),
                EventIds.of(Source.EDF, Category.EDF_INVOICES, "a", "b|c"));
        assertNotEquals(EventIds.of(Source.EDF, Category.EDF_INVOICES, "ab"),
                EventIds.of(Source.EDF, Category.EDF_INVOICES, "a", "b"));
        assertNotEquals(EventIds.of(Source.EDF, Category.EDF_INVOICES, "1:a,", "b"),
                EventIds.of(Source.EDF, Category.EDF_INVOICES, "1:a", ",b"));
        assertNotEquals(EventIds.of(Source.EDF, Category.EDF_INVOICES, "", "x"),
                EventIds.of(Source.EDF, Category.EDF_INVOICES, "x", ""));
    }

    @Test
    void categoryEventIdUsesTheDocumentedNaturalKey() throws Exception {
        LoadCurvePoint point = Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class);
        assertEquals(UUID.fromString("fb5e383d-1de7-5413-846b-8fa3cd81a343"), Category.EDF_LOAD_CURVE.eventId(point));
        LoadCurvePoint resent = new LoadCurvePoint(point.usagePointId(), point.start(), point.end(), point.value(),
                point.unit(), point.intervalLength(), point.flowDirection(), null, null);
        assertEquals(Category.EDF_LOAD_CURVE.eventId(point), Category.EDF_LOAD_CURVE.eventId(resent));
        LoadCurvePoint next = new LoadCurvePoint(point.usagePointId(), Instant.parse("2017-08-16T22:30:00Z"),
                Instant.parse("2017-08-16T23:00:00Z"), point.value(), point.unit(), point.intervalLength(),
                point.flowDirection(), null, null);
        assertNotEquals(Category.EDF_LOAD_CURVE.eventId(point), Category.EDF_LOAD_CURVE.eventId(next));
    }

    @Test
    void snapshotCategoriesGetANewIdWhenTheContentChanges() throws Exception {
        ElectricityContract contract = Examples.first(Category.EDF_CONTRACT, ElectricityContract.class);
        ElectricityContract same = EventJson.fromTree(EventJson.toTree(contract), ElectricityContract.class);
        assertEquals(Category.EDF_CONTRACT.eventId(contract), Category.EDF_CONTRACT.eventId(same));
        ElectricityContract terminated = new ElectricityContract(contract.clientId(), contract.contractNumber(),
                contract.commercialAgreementNumber(), contract.offerName(), contract.startDate(),
                java.time.LocalDate.parse("2017-06-30"), ElectricityContract.Status.TERMINATED, "Déménagement",
                contract.usagePointId(), contract.subscribedPowerKva(), contract.tariffOption(), contract.meter(),
                contract.holder(), contract.coHolder(), contract.holderContact(), contract.supplyAddress(),
                contract.customerService(), contract.troubleshootingPhone(), contract.services(), contract.paymentTerms());
        assertNotEquals(Category.EDF_CONTRACT.eventId(contract), Category.EDF_CONTRACT.eventId(terminated));
    }

    @Test
    void misuseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventIds.of(Source.ORANGE, Category.EDF_INVOICES, "1"));
        assertThrows(IllegalArgumentException.class, () -> EventIds.of(Source.ORANGE, "edf.invoices", "1"));
        assertThrows(IllegalArgumentException.class, () -> EventIds.of(Source.EDF, Category.EDF_INVOICES));
        assertThrows(NullPointerException.class, () -> EventIds.of(Source.EDF, Category.EDF_INVOICES, "1", null));
        assertThrows(IllegalArgumentException.class, () -> Category.EDF_INVOICES.eventId(
                Examples.first(Category.EDF_LOAD_CURVE, LoadCurvePoint.class)));
    }
}
