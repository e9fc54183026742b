package org.storyline.core.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.model.PublicationTime;

/**
 * The date many sites write into their article URLs: {@code /2023/12/20/}, {@code /2023-12-20-},
 * {@code /2023/dec/20/} (a month name in any language {@link DateParser} knows).
 */
final class UrlDates {

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|\\p{L}{3,9})[/-](\\d{1,2})(?:/|-|\\.|$)");

    private UrlDates() {
    }

    /** The date in the URL's path, or {@code null}. */
    static PublicationTime find(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        String monthPart = m.group(2);
        Integer month = Character.isDigit(monthPart.charAt(0)) ? Integer.valueOf(monthPart)
                : DateParser.standard().month(monthPart);
        if (month == null) {
            return null;
        }
        try {
            return PublicationTime.of(LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
