package fr.mesinfos.opendata.load;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV source with commons-csv, header first (column names in any case, extra columns tolerated), and hands
 * each data row over with the line of the file it starts on, so a bad row can be reported where it is.
 */
final class CsvTable {

    /** Receives one data row and the line (1 = the header) it starts on. */
    interface RowHandler {
        void row(CSVRecord record, long line);
    }

    private CsvTable() {
    }

    static void read(Reader source, char delimiter, List<String> requiredColumns, RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setAllowMissingColumnNames(true)
                // blank lines are kept as records (then skipped here) so that line numbers stay exact
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = open(source, format)) {
            requireColumns(parser, requiredColumns);
            long linesConsumed = parser.getCurrentLineNumber();
            Iterator<CSVRecord> rows = parser.iterator();
            while (hasNext(rows, linesConsumed)) {
                CSVRecord record = rows.next();
                long line = linesConsumed + 1;
                linesConsumed = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                handler.row(record, line);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableSourceException("cannot be read as CSV", e);
        }
    }

    private static CSVParser open(Reader source, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(withoutByteOrderMark(source), format);
        } catch (IllegalArgumentException e) {
            // commons-csv: a duplicate or malformed header
            throw new UnreadableSourceException("the CSV header cannot be read (duplicate column names?)", e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> rows, long linesConsumed) {
        try {
            return rows.hasNext();
        } catch (UncheckedIOException e) {
            throw new UnreadableSourceException("is not well-formed CSV after line " + linesConsumed + " (e.g. an unclosed quote)", e);
        }
    }

    private static void requireColumns(CSVParser parser, List<String> requiredColumns) {
        Set<String> header = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        header.addAll(parser.getHeaderNames());
        List<String> missing = requiredColumns.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableSourceException("the header lacks the column(s) " + String.join(", ", missing));
        }
    }

    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
