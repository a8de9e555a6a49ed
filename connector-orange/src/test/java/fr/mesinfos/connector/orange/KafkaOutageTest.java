package fr.mesinfos.connector.orange;

import java.util.List;

import fr.mesinfos.connector.testing.KafkaOutageContract;
import fr.mesinfos.connector.testing.PrivateKafkaResource;
import fr.mesinfos.events.Category;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Orange's pushes against a broker that goes away: never a 202 without every event in the log. */
@QuarkusTest
@TestProfile(KafkaOutageTest.OwnBroker.class)
class KafkaOutageTest extends KafkaOutageContract {

    /** This test class gets a broker of its own, which it stops and starts again. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivateKafkaResource.class));
        }
    }

    @Override
    protected String partner() {
        return "orange";
    }

    @Override
    protected String format() {
        return "geopoints";
    }

    @Override
    protected String topic() {
        return Category.ORANGE_GEOLOCATION.topic();
    }

    @Override
    protected String account() {
        return "33633445566";
    }

    @Override
    protected String largeBatch(String account) {
        return GeopointBatches.fixes(account, 5_000, 0);
    }

    @Override
    protected int largeBatchEvents() {
        return 5_000;
    }
}
