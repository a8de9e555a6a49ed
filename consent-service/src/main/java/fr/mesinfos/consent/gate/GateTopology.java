package fr.mesinfos.consent.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.TopicNameExtractor;

import fr.mesinfos.events.EventCodec;
import fr.mesinfos.events.Topics;

/**
 * The gate's Kafka Streams topology, run by quarkus-kafka-streams (exactly_once_v2, application id consent-service-gate):
 * consent.state.v1 and every partner topic feed one sub-topology sharing the store of each person's latest consents,
 * so a person's events and consent states meet in the same task (co-partitioned by person id); deliveries and
 * control events go to app.&lt;app-id&gt;.v1, delivery counts to consent.deliveries.v1.
 */
@ApplicationScoped
public class GateTopology {
    static final String CONSENT_STATES = "consent-states";
    static final String PARTNER_EVENTS = "partner-events";
    static final String CONSENTS = "consents";
    static final String GATE = "gate";
    static final String APP_TOPICS = "app-topics";
    static final String DELIVERIES = "deliveries";

    private final GateTopics topics;
    private final GateConfig config;

    GateTopology(GateTopics topics, GateConfig config) {
        this.topics = topics;
        this.config = config;
    }

    @Produces
    public Topology topology() {
        topics.ensureSources();
        TopicNameExtractor<String, AppDelivery> appTopic = (key, delivery, context) -> Topics.app(delivery.appId());
        return new Topology()
                .addSource(AutoOffsetReset.earliest(), CONSENT_STATES, new ConsentStatesFirst(),
                        new StringDeserializer(), new ByteArrayDeserializer(), Topics.CONSENT_STATE)
                .addSource(AutoOffsetReset.earliest(), PARTNER_EVENTS, new StringDeserializer(), EventCodec.serde().deserializer(),
                        Topics.partnerTopics().toArray(String[]::new))
                .addProcessor(CONSENTS, () -> new ConsentStateProcessor(topics, config), CONSENT_STATES)
                .addProcessor(GATE, () -> new PartnerEventProcessor(topics, config), PARTNER_EVENTS)
                .addStateStore(GateStores.bytes(GateStores.CONSENTS), CONSENTS, GATE)
                .addStateStore(GateStores.strings(GateStores.ENDS), CONSENTS)
                .addStateStore(GateStores.strings(GateStores.EXPIRIES), CONSENTS)
                .addStateStore(GateStores.bytes(GateStores.COUNTS), GATE)
                .addSink(APP_TOPICS, appTopic, new StringSerializer(), new AppDeliverySerializer(), CONSENTS, GATE)
                .addSink(DELIVERIES, Topics.GATE_DELIVERIES, new StringSerializer(), new ByteArraySerializer(), GATE);
    }
}
