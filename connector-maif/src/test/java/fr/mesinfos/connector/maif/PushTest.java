package fr.mesinfos.connector.maif;

import fr.mesinfos.connector.testing.PushContract;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;

/** MAIF pushes claims in its own format (the pilot's sinistre files); the shared push guarantees hold. */
@QuarkusTest
class PushTest extends PushContract {

    static String vehicleClaim(String member, String ref) {
        return "{\"docType\":\"InsuranceClaim\",\"docTypeVersion\":\"MaifKonnector-0.0.0-draft\",\"type\":\"Vehicule\","
                + "\"societaire\":\"" + member + "N\",\"timestamp\":\"2015-07-20T19:00\",\"lieuSurvenance\":\"LYON 06\","
                + "\"ref\":\"" + ref + "\",\"typeLieuSurvenance\":\"Agglomération\",\"immatriculationVehicule\":\"AA-123-XD\","
                + "\"driver\":{\"prefix\":\"Mme\",\"family\":\"Dupond\",\"given\":\"Germaine\"}}";
    }

    static String homeClaim(String member, String ref, String postCode) {
        return "{\"docType\":\"InsuranceClaim\",\"docTypeVersion\":\"MaifKonnector-0.0.0-draft\",\"type\":\"Habitation\","
                + "\"societaire\":\"" + member + "N\",\"timestamp\":\"2015-07-20T19:00\",\"lieuSurvenance\":\"LYON 06\","
                + "\"ref\":\"" + ref + "\",\"typeLieuSurvenance\":\"Agglomération\",\"natureLieu\":\"Appartement\","
                + "\"address\":{\"street\":\"2, Boulevard des Belges\",\"postCode\":\"" + postCode + "\",\"city\":\"LYON 06\","
                + "\"country\":\"FRANCE\"}}";
    }

    @Override
    protected String partner() {
        return "maif";
    }

    @Override
    protected String otherPartner() {
        return "edf";
    }

    @Override
    protected String format() {
        return "claims";
    }

    @Override
    protected String topic() {
        return Category.MAIF_CLAIMS.topic();
    }

    @Override
    protected String account() {
        return "2345678";
    }

    @Override
    protected String validBatch(String account) {
        return "[" + vehicleClaim(account, "F150181177B") + "," + homeClaim(account, "F150181177B", "69006") + "]";
    }

    @Override
    protected int validBatchEvents() {
        return 2;
    }

    @Override
    protected String invalidBatch(String account) {
        // the pilot's home claim as delivered: a four-digit postcode
        return "[" + vehicleClaim(account, "F160000001A") + "," + homeClaim(account, "F160000002A", "6900") + "]";
    }

    @Override
    protected int invalidIndex() {
        return 1;
    }

    @Override
    protected String invalidField() {
        return "/address/postCode";
    }
}
