package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Lays out a scraped text: says what each paragraph is and where the body starts and ends. The body
 * starts at the dateline, or else at the first paragraph of prose that is neither a headline nor a
 * caption; it ends at the last paragraph of prose before the credits line, the author bios and the
 * promos that follow an article. Captions are recognised by their photo credit, by being printed twice,
 * or by describing a picture before the body starts.
 */
final class TextLayout {

    /** Datelines are looked for among this many first prose paragraphs only. */
    private static final int DATELINE_WINDOW = 6;
    private static final int MAX_STAMP = 80;

    final List<String> paragraphs;
    final ParagraphKind[] kinds;
    final DatelineReader.Dateline dateline;
    /** Index of the first body paragraph, or -1 when there is no body. */
    final int start;
    /** Index of the last body paragraph, or -1 when there is no body. */
    final int end;
    /** The subjects of the author bios after the body, in order. */
    final List<String> bioSubjects = new ArrayList<>();

    private TextLayout(List<String> paragraphs) {
        this.paragraphs = paragraphs;
        this.kinds = new ParagraphKind[paragraphs.size()];
        classify();
        markRepeats();
        int datelineAt = findDateline();
        this.dateline = datelineAt < 0 ? null : new DatelineReader().read(paragraphs.get(datelineAt));
        this.start = datelineAt >= 0 ? datelineAt : findLead();
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
            } else if (boilerplate.isBoilerplate(p)) {
                kinds[i] = ParagraphKind.BOILERPLATE;
            } else if (captions.isCredited(p)) {
                kinds[i] = ParagraphKind.CAPTION;
            } else if (p.length() <= MAX_STAMP && p.split("\\s+").length <= 12 && dates.parse(p) != null) {
                kinds[i] = ParagraphKind.DATE_STAMP;
            } else {
                kinds[i] = ParagraphKind.TEXT;
            }
        }
    }

    /**
     * A paragraph printed twice is a caption shown over the photo and again under it, unless it is a
     * headline; a repeated paragraph inside the body keeps its first copy.
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
            String key = Boilerplate.fold(captions.withoutCredit(p)).replaceAll("\\s+", " ");
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                boolean caption = kinds[first] == ParagraphKind.CAPTION || kinds[i] == ParagraphKind.CAPTION
                        || !proseSeen && !Headline.isHeadlineLike(paragraphs.get(first))
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

    private int findDateline() {
        var reader = new DatelineReader();
        int prose = 0;
        for (int i = 0; i < kinds.length && prose < DATELINE_WINDOW; i++) {
            if (kinds[i] == ParagraphKind.CREDITS) {
                return -1;
            }
            if (kinds[i] == ParagraphKind.TEXT) {
                if (reader.read(paragraphs.get(i)) != null) {
                    return i;
                }
                prose++;
            }
        }
        return -1;
    }

    private int findLead() {
        var captions = CaptionReader.standard();
        for (int i = 0; i < kinds.length; i++) {
            String p = paragraphs.get(i);
            if (kinds[i] == ParagraphKind.TEXT && !Headline.isHeadlineLike(p) && !captions.describesPicture(p)) {
                return i;
            }
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

    /** The last prose paragraph before the credits line, skipping bios and stray labels at the end. */
    private int findEnd() {
        int limit = kinds.length;
        for (int i = start + 1; i < kinds.length; i++) {
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

    private static boolean isStrayLabel(String p) {
        char last = p.charAt(p.length() - 1);
        return p.split("\\s+").length < 4 && ".!?\"\u201d'\u2019)".indexOf(last) < 0;
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
