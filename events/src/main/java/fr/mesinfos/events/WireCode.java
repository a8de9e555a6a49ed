package fr.mesinfos.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum written in JSON (and in natural keys) as a code: by default the constant's name in lower case with hyphens
 * (HALF_YEARLY is "half-yearly"), one rule instead of a code field in every enum; an enum whose partner codes differ
 * overrides {@link #json()}.
 */
public interface WireCode {

    String name();

    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
