package org.storyline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a cleaned page into {@link TextBlock}s in reading order. Walks the tree without recursion, so
 * deeply nested markup costs time in proportion to its size and never the stack.
 */
final class BlockReader {

    /** Elements that start a new line of text; everything else flows inside its parent's text. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead",
            "tfoot", "tr", "ul", "caption", "html");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** The last character of the Latin blocks (Latin Extended-B). */
    private static final char LATIN_END = '\u024f';

    private BlockReader() {
    }

    static List<TextBlock> read(Element root) {
        var visitor = new Visitor();
        NodeTraversor.traverse(visitor, root);
        visitor.flush();
        return visitor.blocks;
    }

    private static final class Visitor implements NodeVisitor {
        final List<TextBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int timeDepth;
        /** Letters and digits of the current block outside any {@code <time>}: none makes it a time stamp. */
        private int untimedChars;
        private int timedChars;
        private int captionDepth;
        private int figureDepth;
        /** Tables opened inside a figure: a block editor sets every table in a {@code <figure>}; its cells are text. */
        private int figureTableDepth;
        private final ArrayList<Element> owners = new ArrayList<>();
        /** The row of data being read ({@link DataRows}), one line whatever blocks its cells hold; null outside one. */
        private Element row;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (row != null && (tag.equals("br") || BLOCK_TAGS.contains(tag))) {
                    append(" ");
                } else if (tag.equals("tr") && DataRows.is(e)) {
                    flush();
                    owners.add(e);
                    row = e;
                } else if (tag.equals("br")) {
                    flush();
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    owners.add(e);
                }
                if (tag.equals("a") && !isSelfAnchor(e)) {
                    linkDepth++;
                }
                if (tag.equals("time")) {
                    timeDepth++;
                }
                if (isCaption(e)) {
                    captionDepth++;
                }
                if (tag.equals("figure")) {
                    figureDepth++;
                }
                if (tag.equals("table") && figureDepth > 0) {
                    figureTableDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (e == row) {
                    row = null;
                }
                if (row == null && BLOCK_TAGS.contains(tag)) {
                    flush();
                    owners.remove(owners.size() - 1);
                }
                if (tag.equals("a") && !isSelfAnchor(e)) {
                    linkDepth--;
                }
                if (tag.equals("time")) {
                    timeDepth--;
                }
                if (isCaption(e)) {
                    captionDepth--;
                }
                if (tag.equals("figure")) {
                    figureDepth--;
                }
                if (tag.equals("table") && figureTableDepth > 0) {
                    figureTableDepth--;
                }
            }
        }

        /**
         * Whether a zero-width (non-)joiner here is part of the word: Persian, Arabic and Indic scripts and emoji need it
         * ("می‌خواهم"); beside Latin letters it is a stray mark.
         */
        private boolean joins() {
            return text.length() > 0 && text.charAt(text.length() - 1) > LATIN_END;
        }

        private void append(String raw) {
            int before = text.length();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                } else if (c != '\u200b' && c != '\ufeff' && c != '\u00ad' && (c != '\u200c' && c != '\u200d' || joins())) {
                    text.append(c);
                    if (Character.isLetterOrDigit(c)) {
                        if (timeDepth == 0) {
                            untimedChars++;
                        } else {
                            timedChars++;
                        }
                    }
                }
            }
            if (linkDepth > 0) {
                linkChars += text.length() - before;
            }
        }

        void flush() {
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > 0 && !owners.isEmpty()) {
                String s = text.substring(0, end);
                Element owner = owners.get(owners.size() - 1);
                TextBlock.Kind kind = untimedChars == 0 && timedChars > 0 ? TextBlock.Kind.TIME_STAMP : kind(owner);
                blocks.add(new TextBlock(owner, s, Math.min(linkChars, s.length()), kind));
            }
            text.setLength(0);
            linkChars = 0;
            untimedChars = 0;
            timedChars = 0;
        }

        private TextBlock.Kind kind(Element owner) {
            if (captionDepth > 0) {
                return TextBlock.Kind.CAPTION;
            }
            if (figureDepth > 0 && figureTableDepth == 0) {
                return TextBlock.Kind.FIGURE;
            }
            String tag = owner.normalName();
            if (HEADINGS.contains(tag)) {
                return TextBlock.Kind.HEADING;
            }
            if (PictureCaptions.isCaption(owner, text.length())) {
                return TextBlock.Kind.CAPTION;
            }
            return tag.equals("li") || tag.equals("dd") || tag.equals("dt") ? TextBlock.Kind.LIST_ITEM
                    : TextBlock.Kind.PARAGRAPH;
        }
    }

    /**
     * Whether {@code a} is a heading's link to its own place on the page ("#harbour-lights"), which site builders put
     * on a story's subheadings so readers can share them: no link away, so its text is the heading's, not link text.
     */
    static boolean isSelfAnchor(Element a) {
        String href = a.attr("href");
        if (href.length() < 2 || href.charAt(0) != '#') {
            return false;
        }
        for (Element e = a.parent(); e != null; e = e.parent()) {
            String tag = e.normalName();
            if (HEADINGS.contains(tag)) {
                return true;
            }
            if (BLOCK_TAGS.contains(tag)) {
                return false;
            }
        }
        return false;
    }

    /** A caption's element, by tag or class; never the page, its main part or its article (a class on those names the theme). */
    static boolean isCaption(Element e) {
        String tag = e.normalName();
        if (tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        String cls = e.className();
        return !cls.isEmpty() && (cls.contains("caption") || cls.contains("Caption"));
    }
}
