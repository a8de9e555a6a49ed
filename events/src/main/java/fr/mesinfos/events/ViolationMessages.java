package fr.mesinfos.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

/** Turns the schema validator's messages into violations that name the field and say plainly what is wrong. */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    public static Violation of(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        JsonNode schema = message.getSchemaNode();
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        return switch (message.getType()) {
            case "required" -> new Violation(child(location, message.getProperty()), "is required but missing");
            case "additionalProperties" -> new Violation(child(location, message.getProperty()),
                    "is not a field of this schema");
            case "dependentRequired" -> new Violation(child(location, arg(args, 0)),
                    "is required when " + message.getProperty() + " is present");
            case "false" -> new Violation(location, "is not allowed here");
            case "pattern" -> new Violation(location, "does not match the pattern " + text(schema, arg(args, 0)));
            case "format" -> new Violation(location, "is not a valid " + formatName(schema, args));
            case "type" -> new Violation(location, "must be of type " + text(schema, arg(args, 1)) + ", not " + arg(args, 0));
            case "enum" -> new Violation(location, "must be one of " + text(schema, arg(args, 0)));
            case "const" -> new Violation(location, "must be " + text(schema, arg(args, 0)));
            case "minimum" -> new Violation(location, "must be at least " + text(schema, arg(args, 0)));
            case "maximum" -> new Violation(location, "must be at most " + text(schema, arg(args, 0)));
            case "minLength" -> new Violation(location, "1".equals(text(schema, arg(args, 0)))
                    ? "must not be empty"
                    : "must not be shorter than " + text(schema, arg(args, 0)) + " characters");
            case "maxLength" -> new Violation(location, "must not be longer than " + text(schema, arg(args, 0)) + " characters");
            case "minItems" -> new Violation(location, "must have at least " + text(schema, arg(args, 0)) + " items");
            default -> new Violation(location, stripLocation(message.getMessage(), location));
        };
    }

    /** The JSON pointer of a child field, with RFC 6901 escaping. */
    static String child(String parent, String name) {
        if (name == null) {
            return parent;
        }
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static String formatName(JsonNode schema, Object[] args) {
        String format = schema != null && schema.isTextual() ? schema.asText() : arg(args, 0);
        return switch (format) {
            case "date" -> "date (expected an existing day as YYYY-MM-DD)";
            case "date-time" -> "date-time (expected RFC 3339 with offset, e.g. 2016-09-01T08:00:45Z)";
            case "email" -> "e-mail address";
            default -> format;
        };
    }

    private static String text(JsonNode schema, String fallback) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return fallback;
        }
        return schema.isTextual() ? schema.asText() : schema.toString();
    }

    private static String arg(Object[] args, int index) {
        return index < args.length && args[index] != null ? String.valueOf(args[index]) : "?";
    }

    private static String stripLocation(String text, String location) {
        String prefix = location + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
