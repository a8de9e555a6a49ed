package fr.mesinfos.events.payload;

import fr.mesinfos.events.WireCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.mesinfos.events.CategoryPayload;
import java.time.Instant;
import java.util.List;

/** orange.calls: one call or SMS of a person's mobile line (Orange fr.orange.phonecommunicationlog). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneCommunication(
        Instant instant,
        String msisdn,
        String correspondentNumber,
        Kind kind,
        Direction direction,
        Integer durationSeconds,
        Integer smsCount,
        Boolean forwardedToVoicemail,
        String networkType,
        String endCause,
        String chipType,
        Double cellLatitude,
        Double cellLongitude) implements CategoryPayload {

    /** Voice call or text message. */
    public enum Kind implements WireCode {
        CALL, SMS
    }

    /** Received or made by the person. */
    public enum Direction implements WireCode {
        INCOMING, OUTGOING
    }

    @Override
    public List<String> naturalKey() {
        return List.of(msisdn, instant.toString(), correspondentNumber, kind.json(), direction.json());
    }

    @Override
    public Instant occurredAt() {
        return instant;
    }
}
