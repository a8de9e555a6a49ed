package fr.mesinfos.events;

/** An open data payload: about no person, so its Kafka key is a property of the data (commune, stop) instead. */
public interface OpenDataPayload extends CategoryPayload {

    /** The record key on the open data topic, keeping one commune's (or one stop's) records ordered. */
    String partitionKey();
}
