package fr.mesinfos.opendata.publicdata;

import org.locationtech.jts.geom.Geometry;

/** A commune with its INSEE code and its boundary (WGS 84, x = longitude, y = latitude), to place a location in it. */
public record Commune(String inseeCode, String name, Geometry area) {
}
