package fr.mesinfos.opendata.publicdata;

import net.sf.geographiclib.Geodesic;

/** Distances on the WGS 84 ellipsoid (GeographicLib's geodesics), in meters. */
public final class Distances {
    private Distances() {
    }

    public static double meters(double latitude1, double longitude1, double latitude2, double longitude2) {
        return Geodesic.WGS84.Inverse(latitude1, longitude1, latitude2, longitude2).s12;
    }
}
