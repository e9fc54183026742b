package org.storyline.bench;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for named-entity recognition in the clustering evaluation: runs of capitalised words
 * ("Tara Reid", "Promises Treatment Center", "NATO"). A capitalised word that opens a sentence counts
 * only when the text also capitalises it elsewhere, which drops "The", "After", "Police". It cannot
 * tell people from places, which costs the assigner nothing: it compares names, not their types.
 */
final class CapitalisedNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> JOINERS = Set.of("of", "de", "van", "von", "al", "bin", "la", "le", "du");

    private CapitalisedNames() {
    }

    static Set<String> of(String text) {
        Set<String> midSentence = new HashSet<>();
        for (String line : text.split("\n")) {
            Matcher m = WORD.matcher(line);
            boolean first = true;
            while (m.find()) {
                if (!first && capitalised(m.group())) {
                    midSentence.add(m.group());
                }
                first = false;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            Matcher m = WORD.matcher(line);
            StringBuilder run = new StringBuilder();
            String pendingJoiner = null;
            boolean first = true;
            while (m.find()) {
                String w = strip(m.group());
                boolean name = capitalised(w) && (!first || midSentence.contains(m.group()));
                first = false;
                if (name) {
                    if (pendingJoiner != null && run.length() > 0) {
                        run.append(' ').append(pendingJoiner);
                    }
                    run.append(run.length() > 0 ? " " : "").append(w);
                    pendingJoiner = null;
                } else if (run.length() > 0 && pendingJoiner == null && JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                    pendingJoiner = w;
                } else {
                    flush(run, names);
                    pendingJoiner = null;
                }
            }
            flush(run, names);
        }
        return names;
    }

    private static String strip(String w) {
        return w.replaceAll("['’]s$|[.'’-]+$", "");
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static void flush(StringBuilder run, Set<String> names) {
        if (run.length() > 1) {
            names.add(run.toString());
        }
        run.setLength(0);
    }
}
