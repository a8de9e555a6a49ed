package fr.mesinfos.opendata.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.mesinfos.events.payload.AirQualityIndex;

/** The ATMO CSV loader on the project's sample and on a file with bad rows. */
class AirQualityCsvLoaderTest {
    private final AirQualityCsvLoader loader = new AirQualityCsvLoader();

    @Test
    void readsTheSampleEveryDayForSixCommunes() {
        Parsed<AirQualityIndex> parsed = loader.read(Resources.reader(Resources.AIR_QUALITY));

        // 2025-09-01 to 2026-11-30: 456 days, six communes
        assertEquals(456 * 6, parsed.rowsRead());
        assertEquals(456 * 6, parsed.items().size());
        assertEquals(List.of(), parsed.rejected());
        List<AirQualityIndex> lyonFirstDay = parsed.items().stream()
                .filter(i -> i.inseeCode().equals("69123") && i.date().equals(LocalDate.of(2025, 9, 1))).toList();
        assertEquals(List.of(new AirQualityIndex("69123", "Lyon", LocalDate.of(2025, 9, 1), 4,
                new AirQualityIndex.SubIndices(3, 2, 2, 4, 1), "Atmo Auvergne-Rhône-Alpes")), lyonFirstDay);
        assertEquals(Set.of("69123", "69266", "69029", "69259", "69034", "69149"),
                parsed.items().stream().map(AirQualityIndex::inseeCode).collect(Collectors.toSet()));
    }

    @Test
    void reportsBadRowsWithTheirLineAndLoadsTheOthers() {
        Parsed<AirQualityIndex> parsed = loader.read(Resources.reader("load/atmo-malformed.csv"));

        assertEquals(10, parsed.rowsRead());
        assertEquals(List.of("Lyon 2025-09-01", "Oullins 2025-09-02", "Lyon 2025-09-03", "Lyon\ncentre 2025-09-04"),
                parsed.items().stream().map(i -> i.communeName() + " " + i.date()).toList());
        // an empty SO2, or 0, is "not computed"; an empty source is no publisher
        assertNull(parsed.items().get(1).subIndices().so2());
        assertNull(parsed.items().get(1).publisher());
        assertNull(parsed.items().get(2).subIndices().so2());

        // line 7 is blank; the row of lines 11-12 has a quoted line break
        assertEquals(List.of(3L, 4L, 5L, 6L, 10L, 13L), parsed.rejected().stream().map(Rejection::line).toList());
        List<String> reasons = parsed.rejected().stream().map(Rejection::reason).toList();
        assertEquals("code_qual must be an integer from 1 to 6", reasons.get(0));
        assertEquals("date_ech must be a date (YYYY-MM-DD)", reasons.get(1));
        assertEquals("/atmoIndex: must equal the worst (highest) sub-index", reasons.get(2));
        assertEquals("code_pm10 is missing; code_pm25 is missing; code_o3 is missing", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("/inseeCode: "), reasons.get(4));
        assertEquals("code_no2 must be an integer from 1 to 6", reasons.get(5));
    }

    @Test
    void aFileWithoutARequiredColumnIsUnreadable() {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> loader.read(Resources.reader("load/atmo-missing-column.csv")));
        assertEquals("the header lacks the column(s) code_pm25", e.getMessage());
    }
}
