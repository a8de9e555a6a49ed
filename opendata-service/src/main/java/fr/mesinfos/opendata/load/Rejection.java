package fr.mesinfos.opendata.load;

/** A row of a source that was not loaded: its line in the file (the feature's line for GeoJSON) and why, never its content. */
public record Rejection(long line, String reason) {
}
