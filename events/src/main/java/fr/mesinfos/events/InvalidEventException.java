package fr.mesinfos.events;

import java.util.List;

/** Thrown when a Kafka record is not a valid MesInfos event; the message is the reason a dead-letter entry records. */
public class InvalidEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidEventException(String reason) {
        this(reason, List.of(), null);
    }

    public InvalidEventException(String reason, List<Violation> violations, Throwable cause) {
        super(violations.isEmpty() ? reason : reason + ": " + violations, cause);
        this.violations = List.copyOf(violations);
    }

    /** The payload violations, when the envelope was fine but the data was not; empty otherwise. */
    public List<Violation> violations() {
        return violations;
    }
}
