package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Lays out a scraped text: says what each paragraph is and where the body starts and ends. The text is
 * cut into runs at long stretches of lines without a sentence (menus, link lists, footers); the body
 * lies in the run around the dateline, or else in the run with the most prose. It starts at the
 * dateline (or the prose running right up to it), or else at the first paragraph of prose that is
 * neither a headline nor a caption; it ends at the last paragraph of prose before the credits line,
 * the author bios and the promos that follow an article. Captions are recognised by their photo credit,
 * by being printed twice, or by describing a picture before the body starts.
 */
final class TextLayout {

    /** Datelines are looked for among this many first prose paragraphs only. */
    private static final int DATELINE_WINDOW = 6;
    private static final int MAX_STAMP = 80;
    /** This many lines in a row without a sentence end the article: news bodies are prose. */
    private static final int FOOTER_RUN = 8;

    final List<String> paragraphs;
    final ParagraphKind[] kinds;
    final DatelineReader.Dateline dateline;
    /** Index of the first body paragraph, or -1 when there is no body. */
    /** Fewest words of a one-paragraph brief that ends a sentence, and of one cut off mid-sentence. */
    private static final int BRIEF_WORDS = 5;
    private static final int LONG_BRIEF_WORDS = 15;

    final int start;
    /** Index of the last body paragraph, or -1 when there is no body. */
    final int end;
    /** End (exclusive) of the run of paragraphs the body lies in. */
    private final int blockEnd;
    /** The subjects of the author bios after the body, in order. */
    final List<String> bioSubjects = new ArrayList<>();

    private TextLayout(List<String> paragraphs) {
        this.paragraphs = paragraphs;
        this.kinds = new ParagraphKind[paragraphs.size()];
        classify();
        markRepeats();
        markBylinesAboveStamps();
        int[] block = mainBlock();
        int datelineAt = findDateline(block[0], block[1]);
        if (datelineAt < 0) {
            datelineAt = findDateline(0, kinds.length);
        }
        if (datelineAt >= 0) {
            block = blockAround(datelineAt);
        }
        this.blockEnd = block[1];
        this.dateline = datelineAt < 0 ? null : DatelineReader.standard().read(paragraphs.get(datelineAt));
        this.start = datelineAt >= 0 ? introBefore(datelineAt, block[0]) : findLead(block[0], block[1]);
        markPictureCaptions();
        this.end = start < 0 ? -1 : findEnd();
        markTail();
    }

    static TextLayout of(List<String> paragraphs) {
        return new TextLayout(List.copyOf(paragraphs));
    }

    private void classify() {
        var credits = CreditsParser.standard();
        var boilerplate = Boilerplate.standard();
        var captions = CaptionReader.standard();
        var dates = DateParser.standard();
        for (int i = 0; i < kinds.length; i++) {
            String p = paragraphs.get(i);
            if (credits.isCreditsLine(p)) {
                kinds[i] = ParagraphKind.CREDITS;
            } else if (p.length() < 120 && !credits.parseByline(p).isEmpty()) {
                kinds[i] = ParagraphKind.BYLINE;
            } else if (p.length() <= MAX_STAMP && Words.count(p) <= 12 && dates.parse(p) != null) {
                kinds[i] = ParagraphKind.DATE_STAMP;
            } else if (boilerplate.isBoilerplate(p)) {
                kinds[i] = ParagraphKind.BOILERPLATE;
            } else if (captions.isCredited(p)) {
                kinds[i] = ParagraphKind.CAPTION;
            } else {
                kinds[i] = ParagraphKind.TEXT;
            }
        }
    }

    /** A line of only a person's name right above a time stamp is a byline ("Jane Roe in Tallinn"). */
    private void markBylinesAboveStamps() {
        var credits = CreditsParser.standard();
        for (int i = 0; i + 1 < kinds.length; i++) {
            if (kinds[i] == ParagraphKind.TEXT && kinds[i + 1] == ParagraphKind.DATE_STAMP
                    && !credits.parseNames(paragraphs.get(i)).isEmpty()) {
                kinds[i] = ParagraphKind.BYLINE;
            }
        }
    }

    /**
     * A sentence printed twice before the article's prose is a caption shown over the photo and again
     * under it; so is any credited or picture-describing paragraph printed twice. Other repeats (menu
     * items, a pull quote) keep their first copy only.
     */
    private void markRepeats() {
        var captions = CaptionReader.standard();
        var seen = new HashMap<String, Integer>();
        boolean proseSeen = false;
        for (int i = 0; i < kinds.length; i++) {
            String p = paragraphs.get(i);
            if (kinds[i] != ParagraphKind.TEXT && kinds[i] != ParagraphKind.CAPTION || p.length() > 600) {
                continue;
            }
            String key = Words.squash(Boilerplate.fold(kinds[i] == ParagraphKind.CAPTION ? captions.withoutCredit(p) : p));
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                boolean caption = kinds[first] == ParagraphKind.CAPTION || kinds[i] == ParagraphKind.CAPTION
                        || !proseSeen && isProse(paragraphs.get(first)) && !Headline.isHeadlineLike(paragraphs.get(first))
                        || captions.describesPicture(paragraphs.get(first));
                if (caption) {
                    kinds[first] = ParagraphKind.CAPTION;
                }
                kinds[i] = ParagraphKind.REPEAT;
            } else if (kinds[i] == ParagraphKind.TEXT && !Headline.isHeadlineLike(p)) {
                proseSeen |= !captions.describesPicture(p);
            }
        }
    }

    /**
     * The paragraphs split where a long run of lines holds no sentence (menus, link lists, footers);
     * the article is the run with the most prose, as {@code [from, to)}.
     */
    private int[] mainBlock() {
        int[] best = {0, kinds.length};
        int bestWeight = -1;
        int from = 0;
        int weight = 0;
        int run = 0;
        for (int i = 0; i <= kinds.length; i++) {
            boolean prose = i < kinds.length && isProseText(i);
            run = prose ? 0 : run + 1;
            if (i == kinds.length || run == FOOTER_RUN) {
                int to = i == kinds.length ? i : i - FOOTER_RUN + 1;
                if (weight > bestWeight) {
                    best = new int[] {from, Math.max(from, to)};
                    bestWeight = weight;
                }
                from = i + 1;
                weight = 0;
            } else if (prose) {
                weight += paragraphs.get(i).length();
            }
        }
        return best;
    }

    /** The run of paragraphs, between long sentence-free runs, that holds paragraph {@code at}. */
    private int[] blockAround(int at) {
        int from = at;
        int run = 0;
        for (int i = at - 1; i >= 0 && run < FOOTER_RUN; i--) {
            run = isProseText(i) ? 0 : run + 1;
            from = run == 0 ? i : from;
        }
        int to = at + 1;
        run = 0;
        for (int i = at + 1; i < kinds.length && run < FOOTER_RUN; i++) {
            run = isProseText(i) ? 0 : run + 1;
            to = run == 0 ? i + 1 : to;
        }
        // Keep what trails the last sentence (credits, bios, sign-up boxes): they name authors and outlets.
        return new int[] {from, Math.min(kinds.length, to + FOOTER_RUN - 1)};
    }

    private boolean isProseText(int i) {
        return kinds[i] == ParagraphKind.TEXT && isProse(paragraphs.get(i));
    }

    private int findDateline(int from, int to) {
        var reader = DatelineReader.standard();
        int prose = 0;
        for (int i = from; i < to && prose < DATELINE_WINDOW; i++) {
            if (kinds[i] == ParagraphKind.CREDITS) {
                return -1;
            }
            if (kinds[i] == ParagraphKind.TEXT) {
                if (reader.read(paragraphs.get(i)) != null) {
                    return i;
                }
                if (isProse(paragraphs.get(i))) {
                    prose++;
                }
            }
        }
        return -1;
    }

    /**
     * Where the body starts when it has a dateline: at the dateline, or earlier when prose runs right up
     * to it (a paper's own intro above a wire story); captions and furniture in between are skipped.
     */
    private int introBefore(int datelineAt, int from) {
        int start = datelineAt;
        var captions = CaptionReader.standard();
        for (int i = datelineAt - 1; i >= from; i--) {
            if (kinds[i] == ParagraphKind.TEXT) {
                String p = paragraphs.get(i);
                if (!isProse(p) || Headline.isHeadlineLike(p) || captions.describesPicture(p)) {
                    break;
                }
                start = i;
            } else if (kinds[i] != ParagraphKind.BOILERPLATE && kinds[i] != ParagraphKind.CAPTION
                    && kinds[i] != ParagraphKind.REPEAT) {
                break;
            }
        }
        return start;
    }

    private int findLead(int from, int to) {
        var captions = CaptionReader.standard();
        for (int i = from; i < to; i++) {
            String p = paragraphs.get(i);
            if (kinds[i] == ParagraphKind.TEXT && isProse(p) && !Headline.isHeadlineLike(p) && !captions.describesPicture(p)) {
                return i;
            }
        }
        return briefAt(from, to);
    }

    /**
     * A news brief of one sentence (or one cut off mid-sentence) reads like a headline; when nothing else
     * is prose, the block's last text paragraph is the article if it ends a sentence or runs long, as no
     * headline does. A lone headline stays no article.
     */
    private int briefAt(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (kinds[i] != ParagraphKind.TEXT) {
                continue;
            }
            String p = paragraphs.get(i);
            int words = Words.count(p);
            String bare = p.replaceFirst("[\"'\u201d\u2019)]+$", "");
            boolean ends = !bare.isEmpty() && ".!?:\u2026".indexOf(bare.charAt(bare.length() - 1)) >= 0;
            boolean brief = words >= BRIEF_WORDS && (ends || words >= LONG_BRIEF_WORDS)
                    && !CaptionReader.standard().describesPicture(p);
            return brief ? i : -1;
        }
        return -1;
    }

    private void markPictureCaptions() {
        var captions = CaptionReader.standard();
        int limit = start < 0 ? kinds.length : start;
        for (int i = 0; i < limit; i++) {
            if (kinds[i] == ParagraphKind.TEXT && captions.describesPicture(paragraphs.get(i))) {
                kinds[i] = ParagraphKind.CAPTION;
            }
        }
    }

    /**
     * The last prose paragraph before the credits line, or before the page's after-article sections (a
     * long run of lines without a sentence among them: link lists, menus, footers), skipping bios and
     * stray labels at the end.
     */
    private int findEnd() {
        int limit = Math.max(blockEnd, start + 1);
        for (int i = start + 1; i < limit; i++) {
            if (kinds[i] == ParagraphKind.CREDITS) {
                limit = i;
                break;
            }
        }
        var bios = AuthorBio.standard();
        for (int i = limit - 1; i > start; i--) {
            String p = paragraphs.get(i);
            if (kinds[i] == ParagraphKind.TEXT && bios.subject(p) == null && !isStrayLabel(p)) {
                return i;
            }
        }
        return start;
    }

    /** A paragraph of sentences, not a menu item or a label: several words and a sentence end. */
    static boolean isProse(String p) {
        char last = p.charAt(p.length() - 1);
        return Words.count(p) >= 8 && ".!?\"\u201d'\u2019)".indexOf(last) >= 0;
    }

    private static boolean isStrayLabel(String p) {
        char last = p.charAt(p.length() - 1);
        return Words.count(p) < 4 && ".!?\"\u201d'\u2019)".indexOf(last) < 0;
    }

    private void markTail() {
        var bios = AuthorBio.standard();
        for (int i = end + 1; i < kinds.length; i++) {
            if (kinds[i] == ParagraphKind.TEXT) {
                kinds[i] = ParagraphKind.TAIL;
                String subject = bios.subject(paragraphs.get(i));
                if (subject != null) {
                    bioSubjects.add(subject);
                }
            }
        }
    }

    /** The body paragraphs in order. */
    List<String> body() {
        var body = new ArrayList<String>();
        for (int i = Math.max(start, 0); i <= end; i++) {
            if (kinds[i] == ParagraphKind.TEXT) {
                body.add(paragraphs.get(i));
            }
        }
        return body;
    }

    /** Paragraphs of the given kind, in order. */
    List<Integer> indexesOf(ParagraphKind kind) {
        var found = new ArrayList<Integer>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == kind) {
                found.add(i);
            }
        }
        return found;
    }
}
