package fr.mesinfos.consent.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import fr.mesinfos.support.kafka.KafkaClients;

/** Builds the registry's {@link AppKafkaAccess}: Kafka's Admin API. */
@ApplicationScoped
class AppKafkaAccessProducer {

    @Inject
    KafkaClients kafkaClients;

    @Produces
    @ApplicationScoped
    AppKafkaAccess appKafkaAccess() {
        return new AdminApiAppKafkaAccess(kafkaClients);
    }

    void close(@Disposes AppKafkaAccess access) {
        access.close();
    }
}
