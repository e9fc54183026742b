package org.storyline.core.nlp;

import org.storyline.core.model.MentionType;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Maps CoreNLP's entity tags and normalized values to the model's: CoreNLP writes money as
 * {@code $4.15E11} and percentages as {@code %25.0}; Storyline writes {@code USD 415000000000} and {@code 25}.
 */
final class MentionValues {

    private static final Map<Character, String> CURRENCIES = Map.of(
            '$', "USD", '€', "EUR", '£', "GBP", '¥', "JPY", '₩', "KRW", '₹', "INR", '₽', "RUB", '¢', "USD");

    private MentionValues() {
    }

    static MentionType type(String nerTag) {
        if (nerTag == null) {
            return null;
        }
        return switch (nerTag) {
            case "PERSON" -> MentionType.PERSON;
            case "ORGANIZATION" -> MentionType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> MentionType.LOCATION;
            case "MISC", "NATIONALITY" -> MentionType.MISC;
            case "DATE" -> MentionType.DATE;
            case "TIME" -> MentionType.TIME;
            case "DURATION" -> MentionType.DURATION;
            case "NUMBER" -> MentionType.NUMBER;
            case "ORDINAL" -> MentionType.ORDINAL;
            case "MONEY" -> MentionType.MONEY;
            case "PERCENT" -> MentionType.PERCENT;
            default -> null;
        };
    }

    static String normalize(MentionType type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (type) {
            case NUMBER, ORDINAL -> number(value);
            case PERCENT -> number(value.replace("%", ""));
            case MONEY -> money(value);
            case DATE, TIME, DURATION -> value;
            default -> null;
        };
    }

    private static String money(String value) {
        String v = value.trim();
        // Ranges and comparisons (">=$5.0") keep CoreNLP's text; only a plain amount is rewritten.
        String currency = CURRENCIES.get(v.charAt(0));
        if (currency == null) {
            return null;
        }
        String amount = number(v.substring(1));
        return amount == null ? null : currency + " " + amount;
    }

    private static String number(String value) {
        try {
            BigDecimal d = new BigDecimal(value.trim());
            return d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
