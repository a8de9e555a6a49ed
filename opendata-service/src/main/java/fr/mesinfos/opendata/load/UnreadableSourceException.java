package fr.mesinfos.opendata.load;

/** A source that cannot be loaded at all (missing, unreachable, not the expected format): nothing was loaded from it. */
public class UnreadableSourceException extends RuntimeException {
    public UnreadableSourceException(String reason) {
        super(reason, null, false, false);
    }

    public UnreadableSourceException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
