package fr.mesinfos.opendata.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * Reads the typed cells of one CSV row and collects a reason for each bad cell rather than stopping at the first, so
 * that a rejected row says everything wrong with it (reasons name the column, never repeat the value).
 */
final class Cells {
    private final CSVRecord record;
    private final List<String> problems = new ArrayList<>();

    Cells(CSVRecord record) {
        this.record = record;
    }

    /** A required text cell; null (and a problem) when the row lacks it or it is empty. */
    String text(String column) {
        String value = optionalText(column);
        if (value == null) {
            problems.add(column + " is missing");
        }
        return value;
    }

    /** An optional text cell; null when the row lacks it or it is empty. */
    String optionalText(String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    /** A required integer from min to max. */
    Integer integer(String column, int min, int max) {
        String value = text(column);
        return value == null ? null : parseInteger(column, value, min, max);
    }

    /** An optional integer from min to max; null when empty. */
    Integer optionalInteger(String column, int min, int max) {
        String value = optionalText(column);
        return value == null ? null : parseInteger(column, value, min, max);
    }

    /** A required decimal number, with a decimal point or a decimal comma. */
    Double decimal(String column) {
        String value = text(column);
        return value == null ? null : parseDecimal(column, value);
    }

    /** An optional decimal number; null when empty. */
    Double optionalDecimal(String column) {
        String value = optionalText(column);
        return value == null ? null : parseDecimal(column, value);
    }

    /** A required date in the given format ({@code pattern} names it in the reason). */
    LocalDate date(String column, String value, DateTimeFormatter format, String pattern) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            problems.add(column + " must be a date " + pattern);
            return null;
        }
    }

    void problem(String reason) {
        problems.add(reason);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    private Integer parseInteger(String column, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(column + " must be an integer from " + min + " to " + max);
        return null;
    }

    private Double parseDecimal(String column, String value) {
        try {
            return new BigDecimal(value.replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            problems.add(column + " must be a number");
            return null;
        }
    }
}
