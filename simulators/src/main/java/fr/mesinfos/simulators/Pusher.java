package fr.mesinfos.simulators;

import java.util.function.Supplier;

/**
 * One partner pushing batches to its connector with its own service-account token, renewed before it expires;
 * a 503 (Kafka not acknowledging in time) is retried after its Retry-After, any other refusal stops the run with the
 * connector's problem body.
 */
final class Pusher {
    private static final int ATTEMPTS = 30;
    private final String partner;
    private final String connector;
    private final Supplier<Http.Token> login;
    private final Progress progress;
    private Http.Token token;

    Pusher(String partner, String connector, Supplier<Http.Token> login, Progress progress) {
        this.partner = partner;
        this.connector = connector;
        this.login = login;
        this.progress = progress;
    }

    private synchronized String token() {
        if (token == null || token.due()) {
            token = login.get();
        }
        return token.value();
    }

    /** Pushes one batch of a format; returns once the connector accepted it (202) with every event in Kafka. */
    void push(String format, Batches.Batch batch) {
        String body = batch.records().toString();
        String url = connector + "/api/v1/push/" + format;
        for (int attempt = 1; ; attempt++) {
            Http.Answer answer = Http.postJson(url, token(), body);
            if (answer.status() == 202) {
                progress.eventsAccepted(answer.json().path("events").asInt(batch.events()));
                return;
            }
            if (answer.status() == 503 && attempt < ATTEMPTS) {
                pause(Http.retryAfterSeconds(answer, 10));
                continue;
            }
            throw new IllegalStateException(partner + " connector refused a batch of " + batch.records().size() + " " + format
                    + " records (" + url + "): " + answer.status() + " " + answer.body());
        }
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(Math.max(1, seconds) * 1000); // the connector asked to come back later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
