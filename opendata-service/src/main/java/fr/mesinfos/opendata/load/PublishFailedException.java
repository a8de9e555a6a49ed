package fr.mesinfos.opendata.load;

/** Kafka did not acknowledge every event of a load: the load is reported as failed, to be run again. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
