package fr.mesinfos.connector.erasure;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.mesinfos.support.kafka.ErasureFollower;
import fr.mesinfos.support.kafka.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Exists to hear the vault's erasures: follows {@code vault.erasure.v1} (consumer group
 * {@code mesinfos.erasure.consumer-group}) with the shared {@link ErasureFollower}, which commits a poll only once
 * every erasure of it is applied, so a crash or a database failure reads them again (applying one twice is harmless).
 */
@ApplicationScoped
public class ErasureStream {

    @Inject
    KafkaClients kafkaClients;

    @ConfigProperty(name = "mesinfos.erasure.consumer-group")
    String group;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Inject
    PersonErasureHandler handler;

    @Inject
    MeterRegistry metrics;

    private ErasureFollower follower;

    void start(@Observes StartupEvent started) {
        follower = new ErasureFollower(kafkaClients, group, applicationName + "-erasures", metrics, "mesinfos.connector.erasures",
                erasure -> handler.apply(erasure).tag());
        follower.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (follower != null) {
            follower.stop(Duration.ofSeconds(10));
        }
    }
}
