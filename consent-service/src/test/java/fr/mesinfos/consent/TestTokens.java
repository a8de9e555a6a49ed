package fr.mesinfos.consent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import fr.mesinfos.testkit.TestUsers;
import fr.mesinfos.testkit.Tokens;

/** Real tokens from the test Keycloak, reused for a minute (they live five) so the suite does not log in per call. */
public final class TestTokens {
    public static final String COACH = "demo-energy-coach";
    public static final String BUDGET = "demo-budget-helper";
    private static final long REUSE_MS = 60_000;
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long at) {
    }

    private TestTokens() {
    }

    public static String user(TestUsers user) {
        return cached("user:" + user, () -> Tokens.user(user));
    }

    public static String app(String appId) {
        return cached("app:" + appId, () -> Tokens.app(appId));
    }

    public static String partner(String partner) {
        return cached("partner:" + partner, () -> Tokens.partner(partner));
    }

    private static String cached(String key, Supplier<String> fetch) {
        long now = System.currentTimeMillis();
        Cached hit = CACHE.get(key);
        if (hit == null || now - hit.at() > REUSE_MS) {
            hit = new Cached(fetch.get(), now);
            CACHE.put(key, hit);
        }
        return hit.token();
    }
}
