package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Token;
import org.storyline.core.story.ShortTitle;

/**
 * How titles cut from ledes end, on the untitled wire copy of the DUC 2004 dev half (250 AP and NYT documents):
 * the text-only cut ({@code ShortTitle.of(Article)}) against the tagged one ({@code ShortTitle.of(ArticleAnalysis)}).
 * A title ends <i>open</i> when its last word, as the lede's tags read it, still needs a word after it (a
 * determiner, preposition, conjunction, adjective, verb, possessive) or when the lede's next word goes on with
 * the same noun phrase ("a three" of "a three-month deadlock"). The check is rough: a word that occurs twice in
 * the lede is read at its first place. Also prints the mean and longest title in words.
 *
 * <p>{@code bench/run TitleEndings ../shared [--list]}; skips when the DUC file is absent.
 */
public final class TitleEndings {

    private static final Set<String> OPEN_TAGS = Set.of("DT", "IN", "TO", "CC", "JJ", "JJR", "JJS", "VB", "VBD",
            "VBG", "VBN", "VBP", "VBZ", "PRP$", "MD", "WDT", "WP", "POS");
    private static final Set<String> CLOSED_WORDS = Set.of("ago", "out", "up", "away", "back", "home");
    private static final Set<String> WEEKDAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private TitleEndings() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        boolean list = List.of(args).contains("--list");
        Path jsonl = shared.resolve(DucDoc.DEV);
        if (!Files.isReadable(jsonl)) {
            System.out.println("TitleEndings: skipped, " + jsonl + " is absent");
            return;
        }
        List<DucDoc> docs = DucDoc.read(jsonl);
        var analyses = LineAnalyses.full(jsonl, LineAnalyses.idsByLine(jsonl, docs.stream().map(DucDoc::id).toList()),
                DucTopics.CACHE);
        Tally text = new Tally();
        Tally tagged = new Tally();
        int changed = 0;
        for (DucDoc d : docs) {
            ArticleAnalysis a = analyses.get(d.id());
            if (a == null || a.annotated().sentences().isEmpty()) {
                continue;
            }
            List<Token> lede = a.annotated().sentences().get(0).tokens();
            String before = ShortTitle.of(a.article());
            String after = ShortTitle.of(a);
            if (before == null || after == null) {
                continue;
            }
            boolean openBefore = text.add(before, lede);
            boolean openAfter = tagged.add(after, lede);
            changed += before.equals(after) ? 0 : 1;
            if (list && !before.equals(after)) {
                System.out.printf("%s%s %s%n  text:   %s%n  tagged: %s%n", openBefore ? "O" : "-", openAfter ? "O" : "-",
                        d.id(), before, after);
            }
        }
        System.out.printf("TitleEndings: %d untitled ledes, %d titles differ%n", text.titles, changed);
        System.out.printf("  text-only cut: %s%n  tagged cut:    %s%n", text, tagged);
    }

    /** Whether a title ending on its last word leaves a phrase open, read against the lede's tokens. */
    static boolean endsOpen(String title, List<Token> lede) {
        String[] words = title.split(" ");
        String last = words[words.length - 1].replaceAll("[\u201d\"\u201c,.]+$", "");
        last = last.substring(last.lastIndexOf('-') + 1);
        for (int i = 0; i < lede.size(); i++) {
            if (!lede.get(i).text().equals(last)) {
                continue;
            }
            String tag = lede.get(i).pos();
            boolean closesClause = i + 1 < lede.size() && Set.of(".", ",").contains(lede.get(i + 1).pos());
            if (OPEN_TAGS.contains(tag) && !CLOSED_WORDS.contains(last)
                    && !((tag.startsWith("JJ") || tag.equals("VBN")) && closesClause)) {
                return true;
            }
            if (i + 1 == lede.size() || WEEKDAYS.contains(lede.get(i + 1).text())) {
                return false;
            }
            String next = lede.get(i + 1).pos();
            return next.startsWith("NN") || next.equals("POS") || next.equals("CD") || next.equals("HYPH");
        }
        return false;
    }

    private static final class Tally {
        int titles;
        int open;
        int words;
        int longest;

        boolean add(String title, List<Token> lede) {
            boolean isOpen = endsOpen(title, lede);
            int n = title.split(" ").length;
            titles++;
            open += isOpen ? 1 : 0;
            words += n;
            longest = Math.max(longest, n);
            return isOpen;
        }

        @Override
        public String toString() {
            return String.format("%d open endings (%.1f%%), %.1f words on average, longest %d", open,
                    100.0 * open / titles, (double) words / titles, longest);
        }
    }
}
