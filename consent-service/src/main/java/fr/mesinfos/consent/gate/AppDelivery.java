package fr.mesinfos.consent.gate;

import io.cloudevents.CloudEvent;

/** A CloudEvent on its way to one app's topic: the sink takes the topic from the app id and writes only the event. */
record AppDelivery(String appId, CloudEvent event) {
}
