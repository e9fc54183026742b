package org.storyline.app;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.storyline.core.model.Claim;
import org.storyline.core.model.DateRange;

/** How the reports write numbers, periods and outlet lists for people. */
final class Figures {

    private Figures() {
    }

    /** "2.1 billion EUR", "38,000 commuters", "60 percent". */
    static String value(Claim c) {
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        double v = c.value();
        String number;
        if (Math.abs(v) >= 1e9) {
            number = format.format(v / 1e9) + " billion";
        } else if (Math.abs(v) >= 1e6) {
            number = format.format(v / 1e6) + " million";
        } else {
            number = format.format(v);
        }
        var text = (c.approximate() ? "about " : "") + number + (c.unit() == null ? "" : " " + c.unit());
        return c.total() == null ? text : text + " of " + format.format(c.total());
    }

    static String period(DateRange period) {
        if (period == null) {
            return "undated";
        }
        return period.first().equals(period.last()) ? period.first().toString() : period.first() + " to " + period.last();
    }

    static String outlets(List<String> outlets) {
        return "[" + String.join(", ", outlets) + "]";
    }

    /** Cuts a long text at a word boundary for the terminal. */
    static String clip(String text, int max) {
        var flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "\u2026";
    }
}
