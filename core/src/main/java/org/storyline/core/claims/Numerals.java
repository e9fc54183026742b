package org.storyline.core.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number at a token: digits ("300,000", "1.5"), words ("twenty-five", "two hundred
 * thousand"), or both ("1 million", "a dozen"). Anything that only looks numeric (a phone number, a
 * score, "0100", "1st") is not read.
 */
final class Numerals {

    /** A number read: how many tokens it covers and its value. */
    record Reading(int length, double value) {
    }

    // Thousands grouped by commas, or plain digits without a leading zero; "5bn"-style suffixes allowed.
    private static final Pattern DIGITS = Pattern.compile(
            "((?:[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d*|0)(?:\\.\\d+)?)(bn|mln|mn|m|k|tn)?");

    private final ClaimLexicon lexicon;

    Numerals(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The number starting at {@code start}, or {@code null}; {@code words} are lower-cased token texts. */
    Reading read(List<String> words, List<String> tags, int start) {
        double total = 0;
        double group = 0;
        boolean any = false;
        boolean digitsSeen = false;
        int i = start;
        while (i < words.size()) {
            String word = words.get(i);
            Double digits = digits(word);
            Double spelled = digits == null ? spelled(word) : null;
            if (spelled != null && !isNumberTag(tags.get(i)) && !(any && isMultiplier(spelled))) {
                spelled = null; // "one" as a pronoun; but "a dozen" is tagged as a noun and still a number
            }
            if (digits == null && spelled == null && (word.equals("a") || word.equals("an")) && !any
                    && i + 1 < words.size() && isMultiplier(lexicon.numberWords.get(words.get(i + 1)))) {
                group = 1;
                any = true;
                i++;
                continue;
            }
            if (digits != null) {
                if (digitsSeen || group != 0) {
                    break; // "202 555": two numbers in a row are a code, not one quantity
                }
                group = digits;
                digitsSeen = true;
            } else if (spelled != null && isMultiplier(spelled)) {
                if (!any) {
                    break; // a bare "million" is the noun, not a number
                }
                if (spelled < 1000) {
                    group = (group == 0 ? 1 : group) * spelled;
                } else {
                    total += (group == 0 ? 1 : group) * spelled;
                    group = 0;
                }
            } else if (spelled != null && !digitsSeen) {
                group += spelled;
            } else {
                break;
            }
            any = true;
            i++;
        }
        return any ? new Reading(i - start, total + group) : null;
    }

    /** A magnitude word at this token ("billion"), or {@code null}: what multiplies a vague quantity. */
    Double magnitude(String word) {
        Double value = lexicon.numberWords.get(word);
        return value != null && value >= 1000 ? value : null;
    }

    static boolean isMultiplier(Double value) {
        return value != null && (value == 12 || value >= 100);
    }

    private static boolean isNumberTag(String tag) {
        return tag == null || tag.equals("CD");
    }

    private Double spelled(String word) {
        Double value = lexicon.numberWords.get(word);
        if (value != null || word.indexOf('-') < 0) {
            return value;
        }
        double sum = 0; // "twenty-five"
        for (String part : word.split("-")) {
            Double v = lexicon.numberWords.get(part);
            if (v == null || v >= 100) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    private Double digits(String word) {
        Matcher m = DIGITS.matcher(word);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        String suffix = m.group(2);
        if (suffix == null) {
            return value;
        }
        return value * switch (suffix) {
            case "k" -> 1e3;
            case "m", "mn", "mln" -> 1e6;
            case "bn" -> 1e9;
            default -> 1e12;
        };
    }
}
