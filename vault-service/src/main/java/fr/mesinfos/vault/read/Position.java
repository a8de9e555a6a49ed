package fr.mesinfos.vault.read;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import fr.mesinfos.support.problem.ProblemException;

/**
 * Where a page ended: the time and event id of its last record (records are ordered by time, then event id, so the
 * position is exact even when several records share a time). Handed to clients as an opaque cursor.
 */
public record Position(Order order, Instant time, String eventId) {

    public String cursor() {
        String plain = order.name() + "|" + time.toEpochMilli() + "|" + eventId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; a cursor that is not ours, or from the other order, is a 400 on "cursor". */
    public static Position ofCursor(String cursor, Order expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            Position position = new Position(Order.valueOf(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
            if (position.order != expected) {
                throw ProblemException.invalidParameter("cursor", "was issued for order " + position.order.name().toLowerCase() + "; keep the same order while paging");
            }
            return position;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.invalidParameter("cursor", "is not a cursor returned by this API");
        }
    }
}
