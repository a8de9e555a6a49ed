package fr.mesinfos.opendata.trips;

import java.util.ArrayList;
import java.util.List;

/**
 * The journeys in a person's visits: each pair of consecutive stays at two different places is a move (consecutive
 * stays at the same place, e.g. a short walk without a stay elsewhere, are not).
 */
public final class Moves {
    private Moves() {
    }

    /** {@code visits} in time order, as {@link Places#cluster} answers them. */
    public static List<Move> between(List<Visit> visits) {
        List<Move> moves = new ArrayList<>();
        for (int i = 1; i < visits.size(); i++) {
            Visit before = visits.get(i - 1);
            Visit after = visits.get(i);
            if (!before.place().id().equals(after.place().id())) {
                moves.add(new Move(before.place(), after.place(), before.stay().departure(), after.stay().arrival()));
            }
        }
        return moves;
    }
}
