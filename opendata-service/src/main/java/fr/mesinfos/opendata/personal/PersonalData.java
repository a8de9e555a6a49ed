package fr.mesinfos.opendata.personal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.mesinfos.events.Category;
import fr.mesinfos.events.CategoryPayload;
import fr.mesinfos.events.EventJson;

/**
 * A person's records of one category, as the cross-data app may read them: only after the consent check
 * (CrossDataConsents), then from the vault's app API page by page, oldest first, as the catalog's payload records.
 */
@ApplicationScoped
public class PersonalData {
    private static final int PAGE = 1000;
    private static final ObjectMapper JSON = EventJson.configure(new ObjectMapper());

    @Inject
    @RestClient
    VaultAppApi vault;

    @Inject
    CrossDataConsents consents;

    /** Every record of the category with a fact time in [from, to); throws {@link ConsentRequired} without consent. */
    public <T extends CategoryPayload> List<T> read(String personId, Category category, Class<T> type, Instant from, Instant to) {
        consents.require(personId, List.of(category), Instant.now());
        List<T> records = new ArrayList<>();
        String cursor = null;
        do {
            VaultAppApi.Page page;
            try {
                page = vault.records(personId, category.id(), from.toString(), to.toString(), "oldest", PAGE, cursor);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 403) {
                    // the vault judged on a newer consent state than ours (e.g. withdrawn a moment ago)
                    throw new ConsentRequired(List.of(category));
                }
                throw e;
            }
            for (VaultAppApi.Item item : page.items()) {
                records.add(JSON.convertValue(item.payload(), type));
            }
            cursor = page.next();
        } while (cursor != null);
        return records;
    }
}
