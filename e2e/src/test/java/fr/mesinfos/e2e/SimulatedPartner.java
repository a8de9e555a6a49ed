package fr.mesinfos.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.simulators.Feed;
import fr.mesinfos.simulators.Persona;
import fr.mesinfos.testkit.TestUsers;

/**
 * A partner (Orange, MAIF) as the simulators play it: each of its formats generated for a persona over some days in
 * the partner's own format and pushed through its connector, one batch per format; what it accepted, by category.
 */
final class SimulatedPartner {
    /** The category each simulated format gives (one per format). */
    private static final Map<String, Category> CATEGORIES = Map.of(
            "geopoints", Category.ORANGE_GEOLOCATION,
            "communication-logs", Category.ORANGE_CALLS,
            "member-file", Category.MAIF_HOME_CONTRACT,
            "claims", Category.MAIF_CLAIMS);

    private final PartnerConnector connector;

    SimulatedPartner(PartnerConnector connector) {
        this.connector = connector;
    }

    String name() {
        return connector.partner();
    }

    /** The persona's account at this partner (phone line, member number), as the partner files its records. */
    String account(Persona persona) {
        return Feed.account(persona, name());
    }

    /** The person links the persona's account at this partner with her own token: created (201). */
    void link(TestUsers person, Persona persona) {
        connector.link(person, account(persona), 201);
        assertEquals(List.of(account(persona)), connector.links(person), "her one link at " + name());
    }

    /**
     * Pushes every format of this partner generated for the persona over the days (formats with no record those days
     * are not pushed); the event ids the connector answered, by category id. Each batch must give as many events as
     * the simulator says its records make.
     */
    Map<String, List<String>> push(Persona persona, LocalDate first, int days) {
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (Feed feed : Feed.of(name(), StoryPersonas.SEED, first, days)) {
            List<ObjectNode> records = feed.records().apply(persona);
            if (records.isEmpty()) {
                continue;
            }
            List<String> ids = connector.push(feed.format(), JsonNodeFactory.instance.arrayNode().addAll(records).toString());
            assertEquals(records.stream().mapToInt(feed.events()).sum(), ids.size(), feed.format() + " events");
            accepted.put(category(feed.format()).id(), ids);
        }
        return accepted;
    }

    /** One record of the format for the persona on a day, as a batch: what the partner would push after an erasure. */
    String oneRecord(Persona persona, String format, LocalDate day) {
        Feed feed = Feed.of(name(), StoryPersonas.SEED, day, 1).stream().filter(f -> f.format().equals(format))
                .findFirst().orElseThrow();
        JsonNode record = feed.records().apply(persona).get(0);
        return JsonNodeFactory.instance.arrayNode().add(record).toString();
    }

    void pushRefused(String format, String batch, int status) {
        connector.pushRefused(format, batch, status);
    }

    List<String> links(TestUsers person) {
        return connector.links(person);
    }

    private static Category category(String format) {
        Category category = CATEGORIES.get(format);
        if (category == null) {
            throw new IllegalStateException("a simulated format the story does not know: " + format);
        }
        return category;
    }
}
