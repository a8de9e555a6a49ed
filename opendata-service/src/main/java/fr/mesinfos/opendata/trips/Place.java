package fr.mesinfos.opendata.trips;

/** A place the person stays at again and again: an id ("P1" the most stayed at), the centre of its stays, how many. */
public record Place(String id, double latitude, double longitude, int stays) {
}
