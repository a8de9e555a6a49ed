package fr.mesinfos.connector.edf.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import fr.mesinfos.connector.edf.link.PrmAccountFormat;
import fr.mesinfos.connector.ingest.RecordErrors;
import fr.mesinfos.connector.ingest.RecordReader;

/**
 * The {@link RecordReader} of the EDF formats, with EDF's own readers: the PRM, numbers written as digit strings,
 * decimals EDF and Enedis write as JSON numbers or strings, and the "true" / "false" strings of its service flags.
 */
final class Fields extends RecordReader {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final PrmAccountFormat prmFormat = new PrmAccountFormat();

    Fields(RecordErrors errors) {
        super(errors);
    }

    /** A string of digits (customer, contract, invoice numbers), leading zeros kept. */
    String digits(JsonNode parent, String pointer, String name, boolean required, int min, int max) {
        return matching(parent, pointer, name, required, Pattern.compile("[0-9]{" + min + "," + max + "}"),
                min + " to " + max + " digits");
    }

    /** The account: a PRM, normalized by {@link PrmAccountFormat}. */
    String prm(JsonNode parent, String pointer, String name) {
        return account(parent, pointer, name, true, prmFormat, prmFormat::refusal);
    }

    /** A decimal given as a JSON number or as a string of a plain decimal ("-690.0"); EDF mixes both. */
    @Override
    public BigDecimal decimal(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return decimalString(parent, pointer, name, required);
    }

    /** A decimal written as a JSON string, as Enedis sends its values: digits, an optional minus and decimal point. */
    BigDecimal decimalString(JsonNode parent, String pointer, String name, boolean required) {
        if (present(parent, name) && !parent.get(name).isTextual()) {
            error(at(pointer, name), "must be a JSON string holding a decimal number");
            return null;
        }
        String value = text(parent, pointer, name, required);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            error(at(pointer, name), "must be a decimal number (digits, optional minus sign and decimal point)");
            return null;
        }
        return new BigDecimal(value);
    }

    /** A measured quantity: a decimal that is not negative. */
    BigDecimal quantity(BigDecimal value, String pointer) {
        if (value != null && value.signum() < 0) {
            error(pointer, "must not be negative");
            return null;
        }
        return value;
    }

    /** A JSON boolean, or the strings "true" / "false" EDF writes for its service flags. */
    Boolean bool(JsonNode parent, String pointer, String name, boolean required) {
        JsonNode node = node(parent, pointer, name, required);
        if (node == null) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.asText().equals("true") || node.asText().equals("false"))) {
            return Boolean.valueOf(node.asText());
        }
        error(at(pointer, name), "must be true or false");
        return null;
    }
}
