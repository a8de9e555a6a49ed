package fr.mesinfos.personal.data;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.events.Category;
import fr.mesinfos.personal.web.Formats;

/** Which payload fields a category's table shows, and a payload spelled out as label/value lines for a card. */
public final class Fields {
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    /** The columns of each table category, by payload field name (the label is the message field_<name>). */
    static final Map<Category, List<String>> COLUMNS = Map.of(
            Category.ORANGE_CALLS, List.of("instant", "kind", "direction", "correspondentNumber", "durationSeconds", "smsCount"),
            Category.ORANGE_INVOICES, List.of("issuedAt", "vendor", "invoiceType", "amount", "currency"),
            Category.EDF_INVOICES, List.of("issueDate", "invoiceNumber", "invoiceType", "amount", "currency", "dueDate"),
            Category.ORANGE_GEOLOCATION, List.of("instant", "latitude", "longitude", "radiusMeters"));

    /** One line of a card. */
    public record Line(String label, String value) {
    }

    private Fields() {
    }

    public static List<String> columns(Category category) {
        return COLUMNS.getOrDefault(category, List.of());
    }

    public static List<String> row(JsonNode payload, List<String> columns) {
        return columns.stream().map(name -> text(payload.get(name))).toList();
    }

    /** Every leaf of the payload, nested fields as "Supply address › City", arrays numbered. */
    public static List<Line> lines(JsonNode payload) {
        List<Line> lines = new ArrayList<>();
        walk(payload, "", lines);
        return lines;
    }

    private static void walk(JsonNode node, String label, List<Line> lines) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), join(label, humanize(e.getKey())), lines));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), join(label, String.valueOf(i + 1)), lines);
            }
        } else {
            lines.add(new Line(label, text(node)));
        }
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + " › " + child;
    }

    /** supplyAddress → Supply address. */
    static String humanize(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "✓" : "✗";
        }
        if (value.isTextual() && INSTANT.matcher(value.asText()).matches()) {
            try {
                return Formats.paris(Instant.parse(value.asText()));
            } catch (DateTimeParseException e) {
                return value.asText();
            }
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
