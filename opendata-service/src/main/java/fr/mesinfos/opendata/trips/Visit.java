package fr.mesinfos.opendata.trips;

/** A stay and the place it was clustered into: the input of the trips between places. */
public record Visit(Stay stay, Place place) {
}
