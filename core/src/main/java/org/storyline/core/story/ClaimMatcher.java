package org.storyline.core.story;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.core.model.Claim;

/**
 * Decides whether two numeric claims measure the same thing, and whether they agree. Two claims measure
 * the same thing when their units and change direction agree, their subjects are the same (or one is
 * unnamed) and their measured things share most content words. Values agree within rounding: exactly
 * stated values may differ by {@code exactTolerance}, hedged ones ("about", "nearly") by
 * {@code hedgedTolerance}, relative to the larger value.
 */
final class ClaimMatcher {

    private final StoryCast cast;
    private final StorySettings settings;

    ClaimMatcher(StoryCast cast, StorySettings settings) {
        this.cast = cast;
        this.settings = settings;
    }

    /** Same unit, direction and measure; subjects equal or at least one unnamed. */
    boolean sameMeasure(Claim a, Claim b) {
        if (!Objects.equals(lower(a.unit()), lower(b.unit())) || a.change() != b.change()) {
            return false;
        }
        var sa = subject(a);
        var sb = subject(b);
        if (!sa.isEmpty() && !sb.isEmpty() && !sameSubject(sa, sb)) {
            return false;
        }
        var wa = stems(a.what());
        var wb = stems(b.what());
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        var shared = new HashSet<>(wa);
        shared.retainAll(wb);
        return shared.size() >= settings.measureOverlap() * Math.min(wa.size(), wb.size());
    }

    /** Same named unit and direction: what two claims in closely matching sentences need to be compared. */
    boolean sameKind(Claim a, Claim b) {
        return a.unit() != null && Objects.equals(lower(a.unit()), lower(b.unit())) && a.change() == b.change();
    }

    /** Same measure of a named subject: the condition under which different values are a conflict. */
    boolean sameNamedMeasure(Claim a, Claim b) {
        return !subject(a).isEmpty() && !subject(b).isEmpty() && sameMeasure(a, b)
                && (a.time() == null || b.time() == null || a.time().equals(b.time()));
    }

    boolean sameValue(Claim a, Claim b) {
        double tolerance = a.approximate() || b.approximate() ? settings.hedgedTolerance() : settings.exactTolerance();
        return within(a.value(), b.value(), tolerance)
                && (a.total() == null || b.total() == null || within(a.total(), b.total(), tolerance));
    }

    /** The subject and measure in words, for a conflict's heading. */
    static String measure(Claim c) {
        return c.what() == null ? (c.unit() == null ? "value" : c.unit()) : c.what();
    }

    /** A value without exponent or trailing zeros: 300000, 0.25. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private String subject(Claim c) {
        return c.subject() == null ? "" : StoryCast.key(cast.nameOf(c.subject()));
    }

    private static boolean sameSubject(String a, String b) {
        return a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    private static boolean within(double a, double b, double tolerance) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 || Math.abs(a - b) <= tolerance * scale;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static Set<String> stems(String words) {
        if (words == null) {
            return Set.of();
        }
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !WordList.STOPWORDS.contains(w))
                .map(LightStemmer::stem)
                .collect(Collectors.toSet());
    }
}
