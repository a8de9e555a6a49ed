package fr.mesinfos.opendata.energy;

import java.util.Optional;

/** The ordinary least-squares line y = intercept + slope × x through points, with its r²: the fits of this service. */
record LeastSquares(double intercept, double slope, double r2, int points) {

    /** Empty with fewer than two points or when every x is the same (no slope can be told). */
    static Optional<LeastSquares> fit(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        if (sxx == 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1.0 : (sxy * sxy) / (sxx * syy);
        return Optional.of(new LeastSquares(meanY - slope * meanX, slope, r2, n));
    }
}
