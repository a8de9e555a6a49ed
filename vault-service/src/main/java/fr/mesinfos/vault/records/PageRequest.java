package fr.mesinfos.vault.records;

import java.util.Locale;
import java.util.Optional;

import fr.mesinfos.support.problem.ProblemException;
import fr.mesinfos.vault.read.Order;
import fr.mesinfos.vault.read.Position;

/** The paging parameters of a listing (order, limit, cursor), checked with an error naming the wrong one. */
public record PageRequest(Order order, int limit, Optional<Position> after) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static PageRequest parse(String order, String limit, String cursor) {
        Order parsedOrder;
        try {
            parsedOrder = order == null || order.isBlank() ? Order.NEWEST : Order.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("order", "must be newest or oldest");
        }
        int size;
        try {
            size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Optional<Position> after = cursor == null || cursor.isBlank() ? Optional.empty() : Optional.of(Position.ofCursor(cursor, parsedOrder));
        return new PageRequest(parsedOrder, size, after);
    }
}
