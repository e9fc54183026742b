package org.storyline.core.nlp;

import org.storyline.core.model.Mention;
import org.storyline.core.model.MentionType;
import org.storyline.core.model.Sentence;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storyline's numbers in place of CoreNLP's numeric classifier, read from the tagged tokens: a run of
 * cardinals (tagged CD) is a NUMBER with its value ("300,000", "two hundred", "5.7 million"), MONEY after a
 * currency sign or before a currency word, a DURATION before a unit of time ("two years"); an ordinal word
 * or "21st" is an ORDINAL. Percentages and clock times are then made by {@link NumericMentions}.
 * CoreNLP's classifier tries its rules, regular expressions compiled on every call among them, on every
 * entity of every sentence, and was the largest share of a short run's CPU after the tagger and the CRF.
 */
final class NumberMentions {

    private static final Map<String, BigDecimal> CARDINALS = valued("number-words.txt");
    private static final Map<String, BigDecimal> ORDINALS = valued("ordinal-words.txt");
    private static final Map<String, String> MONEY = pairs("money-words.txt");
    private static final Set<String> DURATION_UNITS = WordList.lowerCaseSet(NumberMentions.class, "duration-units.txt");
    private static final Pattern DIGITS = Pattern.compile("(?:[1-9]\\d{0,2}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    private NumberMentions() {
    }

    /** The numbers, amounts, durations and ordinals of {@code sentences}, in text order. */
    static List<Mention> find(String text, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            find(text, s.tokens(), out);
        }
        return out;
    }

    private static void find(String text, List<Token> tokens, List<Mention> out) {
        int i = 0;
        while (i < tokens.size()) {
            String word = lower(tokens.get(i));
            BigDecimal ordinal = ordinal(word);
            if (ordinal != null) {
                out.add(mention(text, tokens, i, i + 1, MentionType.ORDINAL, plain(ordinal)));
                i++;
                continue;
            }
            if (!isCardinal(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && isCardinal(tokens.get(end))) {
                end++;
            }
            out.add(number(text, tokens, i, end));
            i = out.get(out.size() - 1).span().end() > tokens.get(end - 1).span().end() ? end + 1 : end;
        }
    }

    /** The run of cardinals {@code [from, to)} as money, a duration or a plain number. */
    private static Mention number(String text, List<Token> tokens, int from, int to) {
        BigDecimal value = value(tokens, from, to);
        String before = from > 0 ? lower(tokens.get(from - 1)) : "";
        String sign = MONEY.get(before);
        if (sign != null && !isWord(before)) {
            return mention(text, tokens, from - 1, to, MentionType.MONEY, money(sign, value));
        }
        String after = to < tokens.size() ? lower(tokens.get(to)) : "";
        String currency = MONEY.get(after);
        if (currency != null && isWord(after)) {
            return mention(text, tokens, from, to + 1, MentionType.MONEY, money(currency, value));
        }
        if (DURATION_UNITS.contains(after)) {
            return mention(text, tokens, from, to + 1, MentionType.DURATION, null);
        }
        return mention(text, tokens, from, to, MentionType.NUMBER, value == null ? null : plain(value));
    }

    /** The value of digits and spelled numbers together ("5.7 million", "two hundred thousand"), or null. */
    private static BigDecimal value(List<Token> tokens, int from, int to) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = null;
        for (int i = from; i < to; i++) {
            String word = lower(tokens.get(i));
            BigDecimal v = DIGITS.matcher(word).matches() ? new BigDecimal(word.replace(",", "")) : spelled(word);
            if (v == null) {
                return null;
            }
            if (v.compareTo(BigDecimal.valueOf(100)) >= 0 && CARDINALS.containsKey(word)) {
                BigDecimal multiplied = (group == null ? BigDecimal.ONE : group).multiply(v);
                if (v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    total = total.add(multiplied);
                    group = null;
                } else {
                    group = multiplied;
                }
            } else if (group == null || !DIGITS.matcher(word).matches() && group.signum() != 0) {
                group = group == null ? v : group.add(v);
            } else {
                return null; // "202 555": two numbers in a row are a code, not one value
            }
        }
        return group == null ? total : total.add(group);
    }

    private static BigDecimal spelled(String word) {
        BigDecimal value = CARDINALS.get(word);
        if (value != null || word.indexOf('-') < 0) {
            return value;
        }
        BigDecimal sum = BigDecimal.ZERO; // "twenty-five"
        for (String part : word.split("-", -1)) {
            BigDecimal v = CARDINALS.get(part);
            if (v == null || v.compareTo(BigDecimal.valueOf(100)) >= 0) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    private static BigDecimal ordinal(String word) {
        BigDecimal spelled = ORDINALS.get(word);
        if (spelled != null) {
            return spelled;
        }
        Matcher m = ORDINAL_DIGITS.matcher(word);
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    /** A currency word ("dollars") rather than a sign ("$", "US$"). */
    private static boolean isWord(String money) {
        return money.chars().allMatch(Character::isLetter);
    }

    private static boolean isCardinal(Token t) {
        return t.pos().equals("CD");
    }

    private static Mention mention(String text, List<Token> tokens, int from, int to, MentionType type, String normalized) {
        Span span = new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
        return new Mention(span.of(text), span, type, normalized);
    }

    private static String money(String currency, BigDecimal value) {
        return value == null ? null : currency + " " + plain(value);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    private static Map<String, BigDecimal> valued(String resource) {
        Map<String, BigDecimal> out = new HashMap<>();
        pairs(resource).forEach((word, value) -> out.put(word, new BigDecimal(value)));
        return Map.copyOf(out);
    }

    private static Map<String, String> pairs(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String line : WordList.lines(NumberMentions.class, resource)) {
            String[] parts = line.split("\\s+");
            out.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return Map.copyOf(out);
    }
}
