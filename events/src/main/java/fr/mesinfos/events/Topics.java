package fr.mesinfos.events;

import java.util.List;
import java.util.regex.Pattern;

/** The one place Kafka topic names live: category topics (from the catalog), the consent state, the apps' topics. */
public final class Topics {
    /** Compacted topic with the latest consents of each person, keyed by person id (written by consent-service; platform.PersonConsents). */
    public static final String CONSENT_STATE = "consent.state.v1";
    /** Events the vault could not store, with the reason and the original bytes (see vault-service). */
    public static final String VAULT_DEAD_LETTER = "vault.dead-letter.v1";
    /** A person's erasure, announced by the vault once done, keyed by person id (see platform.PersonErasure). */
    public static final String VAULT_ERASURE = "vault.erasure.v1";
    /** How many events the consent gate delivered to an app, per person, app, category and consent (platform.DeliveryCount), keyed by person id. */
    public static final String GATE_DELIVERIES = "consent.deliveries.v1";

    /** App ids: lowercase letters, digits and hyphens, 3 to 63 characters, starting and ending with a letter or digit. */
    public static final Pattern APP_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$");

    private static final String APP_PREFIX = "app.";
    private static final String APP_SUFFIX = ".v1";
    private static final List<String> PARTNER_TOPICS = CategoryCatalog.all().stream()
            .filter(c -> c.source().isPartner()).map(Category::topic).toList();
    private static final List<String> OPENDATA_TOPICS = CategoryCatalog.all().stream()
            .filter(Category::isOpenData).map(Category::topic).toList();
    private static final List<String> CATEGORY_TOPICS = CategoryCatalog.all().stream().map(Category::topic).toList();

    private Topics() {
    }

    /** The topic of a category, e.g. {@code partner.edf.load-curve.v1}. */
    public static String of(Category category) {
        return category.topic();
    }

    /** The topic an app receives its consented events on: {@code app.<app-id>.v1}. */
    public static String app(String appId) {
        return APP_PREFIX + requireAppId(appId) + APP_SUFFIX;
    }

    /** The prefix of every topic an app may read ({@code app.<app-id>.}), for its prefixed Kafka ACL. */
    public static String appTopicPrefix(String appId) {
        return APP_PREFIX + requireAppId(appId) + ".";
    }

    public static boolean isValidAppId(String appId) {
        return appId != null && APP_ID.matcher(appId).matches();
    }

    /** Returns the app id if valid; throws {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static String requireAppId(String appId) {
        if (!isValidAppId(appId)) {
            throw new IllegalArgumentException("invalid app id " + (appId == null ? "null" : '"' + appId + '"')
                    + ": use 3 to 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit");
        }
        return appId;
    }

    /** Every partner topic (partner.*), in catalog order. */
    public static List<String> partnerTopics() {
        return PARTNER_TOPICS;
    }

    /** Every open data topic (opendata.*), in catalog order. */
    public static List<String> openDataTopics() {
        return OPENDATA_TOPICS;
    }

    /** Every category topic, partner and open data. */
    public static List<String> categoryTopics() {
        return CATEGORY_TOPICS;
    }

    public static boolean isPartnerTopic(String topic) {
        return PARTNER_TOPICS.contains(topic);
    }

    public static boolean isOpenDataTopic(String topic) {
        return OPENDATA_TOPICS.contains(topic);
    }

    public static boolean isCategoryTopic(String topic) {
        return CATEGORY_TOPICS.contains(topic);
    }

    /** True for the topics that keep only the latest record per key (Kafka log compaction): the consent states. */
    public static boolean isCompacted(String topic) {
        return CONSENT_STATE.equals(topic);
    }

    /** True for {@code app.<valid-app-id>.v1}. */
    public static boolean isAppTopic(String topic) {
        return topic != null && topic.startsWith(APP_PREFIX) && topic.endsWith(APP_SUFFIX)
                && isValidAppId(topic.substring(APP_PREFIX.length(), topic.length() - APP_SUFFIX.length()));
    }
}
