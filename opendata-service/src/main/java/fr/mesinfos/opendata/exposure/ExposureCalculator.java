package fr.mesinfos.opendata.exposure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mesinfos.events.ParisTime;
import fr.mesinfos.events.payload.AirQualityIndex;
import fr.mesinfos.events.payload.GeolocationFix;
import fr.mesinfos.opendata.exposure.AirExposure.DayExposure;
import fr.mesinfos.opendata.exposure.AirExposure.Exposure;
import fr.mesinfos.opendata.exposure.AirExposure.LevelTime;
import fr.mesinfos.opendata.exposure.AirExposure.Place;
import fr.mesinfos.opendata.exposure.AirExposure.Time;
import fr.mesinfos.opendata.publicdata.AirQuality;
import fr.mesinfos.opendata.publicdata.Commune;
import fr.mesinfos.opendata.publicdata.Communes;

/**
 * Meets a person's location fixes with the communes' daily ATMO index to tell how long they spent at each level;
 * pure computation, no transport, so that the rule can be checked by hand.
 *
 * <p>The rule: fixes are sorted by time; each fix stands for the time from its instant until the next fix, capped at
 * {@code maxGap} (a phone silent for hours says nothing about where its owner was) and cut at the end of the period
 * (and at {@code now}: nothing is counted in the future); a fix taken before the period counts for the part of its
 * time inside it. The place is the commune whose boundary contains the fix; the level is that commune's ATMO index of
 * the Paris day, an interval crossing midnight being split between the two days. Time outside every known commune,
 * or in a commune without an index that day, is {@code unknown}; time of the period covered by no fix is
 * {@code untracked}.
 */
public final class ExposureCalculator {
    private final Communes communes;
    private final AirQuality airQuality;
    private final Duration maxGap;

    public ExposureCalculator(Communes communes, AirQuality airQuality, Duration maxGap) {
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive");
        }
        this.communes = communes;
        this.airQuality = airQuality;
        this.maxGap = maxGap;
    }

    /** From when fixes are needed for the period holding {@code date}: a fix up to maxGap before it may reach into it. */
    public Instant fixesFrom(ExposurePeriod period, LocalDate date) {
        return ParisTime.startOfDay(period.first(date)).minus(maxGap);
    }

    /** Until when (exclusive) fixes are needed: the end of the period's last day. */
    public Instant fixesTo(ExposurePeriod period, LocalDate date) {
        return ParisTime.startOfDay(period.last(date).plusDays(1));
    }

    public AirExposure compute(ExposurePeriod period, LocalDate date, List<GeolocationFix> fixes, Instant now) {
        LocalDate first = period.first(date);
        LocalDate last = period.last(date);
        Instant start = ParisTime.startOfDay(first);
        Instant end = ParisTime.startOfDay(last.plusDays(1));
        Instant until = now.isBefore(end) ? (now.isAfter(start) ? now : start) : end;

        Map<LocalDate, Tally> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant dayStart = ParisTime.startOfDay(day);
            Instant dayEnd = ParisTime.startOfDay(day.plusDays(1));
            Instant countedEnd = dayEnd.isBefore(until) ? dayEnd : until;
            days.put(day, new Tally(Math.max(0, Duration.between(dayStart, countedEnd).toMillis())));
        }

        List<GeolocationFix> sorted = fixes.stream().sorted(Comparator.comparing(GeolocationFix::instant)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            GeolocationFix fix = sorted.get(i);
            Instant stop = fix.instant().plus(maxGap);
            if (i + 1 < sorted.size() && sorted.get(i + 1).instant().isBefore(stop)) {
                stop = sorted.get(i + 1).instant();
            }
            if (until.isBefore(stop)) {
                stop = until;
            }
            Instant cursor = fix.instant().isBefore(start) ? start : fix.instant();
            if (!cursor.isBefore(stop)) {
                continue;
            }
            Optional<Commune> commune = communes.locate(fix.latitude(), fix.longitude());
            while (cursor.isBefore(stop)) {
                LocalDate day = cursor.atZone(ParisTime.ZONE).toLocalDate();
                Instant dayEnd = ParisTime.startOfDay(day.plusDays(1));
                Instant pieceEnd = dayEnd.isBefore(stop) ? dayEnd : stop;
                Optional<Integer> level = commune.flatMap(c -> airQuality.of(c.inseeCode(), day)).map(AirQualityIndex::atmoIndex);
                days.get(day).add(commune, level, Duration.between(cursor, pieceEnd).toMillis());
                cursor = pieceEnd;
            }
        }

        Tally total = new Tally(0);
        List<DayExposure> perDay = new ArrayList<>();
        days.forEach((day, tally) -> {
            total.addAll(tally);
            perDay.add(new DayExposure(day, tally.levels(), Time.ofSeconds(seconds(tally.unknownMillis)),
                    Time.ofSeconds(seconds(tally.untrackedMillis())), tally.places()));
        });
        Exposure sum = new Exposure(total.levels(), Time.ofSeconds(seconds(total.unknownMillis)),
                Time.ofSeconds(seconds(total.untrackedMillis())), total.places());
        return new AirExposure(period.id(), first, last, maxGap.toSeconds(), sum, perDay);
    }

    private static long seconds(long millis) {
        return Math.round(millis / 1000.0);
    }

    /** What one day (or the whole period) adds up to while the fixes are walked through. */
    private static final class Tally {
        private long countedMillis;
        private final long[] levelMillis = new long[AtmoLevel.values().length];
        private long unknownMillis;
        private final Map<String, Place> visited = new LinkedHashMap<>();

        Tally(long countedMillis) {
            this.countedMillis = countedMillis;
        }

        void add(Optional<Commune> commune, Optional<Integer> level, long millis) {
            if (millis <= 0) {
                return;
            }
            commune.ifPresent(c -> visited.putIfAbsent(c.inseeCode(), new Place(c.inseeCode(), c.name())));
            if (level.isPresent() && level.get() >= 1 && level.get() <= levelMillis.length) {
                levelMillis[level.get() - 1] += millis;
            } else {
                unknownMillis += millis;
            }
        }

        void addAll(Tally day) {
            countedMillis += day.countedMillis;
            for (int i = 0; i < levelMillis.length; i++) {
                levelMillis[i] += day.levelMillis[i];
            }
            unknownMillis += day.unknownMillis;
            day.visited.forEach(visited::putIfAbsent);
        }

        long untrackedMillis() {
            long observed = unknownMillis;
            for (long millis : levelMillis) {
                observed += millis;
            }
            return Math.max(0, countedMillis - observed);
        }

        List<LevelTime> levels() {
            List<LevelTime> levels = new ArrayList<>();
            for (AtmoLevel level : AtmoLevel.values()) {
                long seconds = seconds(levelMillis[level.index() - 1]);
                levels.add(new LevelTime(level.index(), level.label(), seconds, Time.hours(seconds)));
            }
            return levels;
        }

        List<Place> places() {
            return List.copyOf(visited.values());
        }
    }
}
