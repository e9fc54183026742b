package org.storyline.core.extract;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Rows of a table of data ("1 | Derry | 5 | 4 | 1 | 0 | +31 | 9"): read as one line with the cells side by side, kept
 * however much of them links (the team to its page), and named by their class for what they are ("promotion",
 * "relegation"), not as furniture. A table that lays out the page holds its columns in cells too; its rows are no data.
 */
final class DataRows {

    /** What a cell of data never holds: a cell holding one is a page's layout, its text read block by block. */
    private static final String LAYOUT_INSIDE =
            "p, table, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6, article, section";
    /** The longest cell of a row of data: a longer one is a column of the page's layout. */
    private static final int MAX_CELL_CHARS = 200;
    /** A table of the story holds a few rows of data at least; a box of two figures is a fact box. */
    private static final int MIN_TABLE_ROWS = 3;
    /** A row of two cells may lay out a label and its value ("Posted: | May 5, 2031 10:00"); a line of data has more. */
    private static final int MIN_LINE_CELLS = 3;

    private DataRows() {
    }

    /**
     * Whether {@code tr} is a row of data: two cells or more, none longer than a line or holding paragraphs, lists or
     * tables, as a page laid out in a table holds its columns, and one at least holding plain text: a row of links only
     * ("« Back", "Next article »") is the page's navigation.
     */
    static boolean is(Element tr) {
        return dataCells(tr) >= 2;
    }

    /** How many cells {@code tr} has when it is read as data ({@link #is}), else 0. */
    private static int dataCells(Element tr) {
        int cells = 0;
        boolean unlinked = false;
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                continue;
            }
            if (cell.selectFirst(LAYOUT_INSIDE) != null || cell.text().length() > MAX_CELL_CHARS) {
                return 0;
            }
            unlinked |= unlinked(cell);
            cells++;
        }
        return unlinked ? cells : 0;
    }

    /**
     * Whether {@code e} is a line of a table of data: a row of data of {@link #MIN_LINE_CELLS} cells or more, or of two
     * among rows of data. Its cells are read side by side whatever they say: a fixture's date and kick-off time are no
     * stamp of the page's.
     */
    static boolean isTableLine(Element e) {
        if (!e.normalName().equals("tr")) {
            return false;
        }
        int cells = dataCells(e);
        return cells >= MIN_LINE_CELLS || cells == 2 && !labelled(e) && amongRows(e);
    }

    /** Whether a row's first cell is a label of what the second gives ("Date Issued:"): a form's field, not data. */
    private static boolean labelled(Element tr) {
        Element first = tr.firstElementChild();
        return first != null && first.text().strip().endsWith(":");
    }

    /**
     * Whether {@code tr} sits among {@link #MIN_TABLE_ROWS} rows of data at least: a timetable's rows of two cells
     * ("7:10am - 7:30am | 10 minutes") are data, where a label and its value alone, or a form of labelled fields, lay
     * out a stamp.
     */
    private static boolean amongRows(Element tr) {
        Element rows = tr.parent();
        int n = 0;
        for (Element sibling : rows == null ? List.<Element>of() : rows.children()) {
            n += sibling.normalName().equals("tr") && is(sibling) ? 1 : 0;
            if (n >= MIN_TABLE_ROWS) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is a row of data or one of its cells. */
    static boolean holds(Element e) {
        String tag = e.normalName();
        if (tag.equals("tr")) {
            return is(e);
        }
        return (tag.equals("td") || tag.equals("th")) && e.parent() != null && e.parent().normalName().equals("tr")
                && is(e.parent());
    }

    /**
     * Whether {@code e} is a row with half its cells or more unlinked ("1 | Derry | 9"): a table's line, however short
     * the figures beside the link.
     */
    static boolean ofFigures(Element e) {
        if (!e.normalName().equals("tr")) {
            return false;
        }
        int cells = 0;
        int unlinked = 0;
        for (Element cell : e.children()) {
            cells++;
            unlinked += unlinked(cell) ? 1 : 0;
        }
        return unlinked * 2 >= cells;
    }

    /**
     * Whether {@code box} (an {@code <aside>}) is a table of data set among the story's paragraphs: its parent holds the
     * page's run of paragraphs ({@code aroundStory}, {@link ProseRun}) and a story paragraph of its own, and the box is
     * mostly a table of {@link #MIN_TABLE_ROWS} rows of data or more. A sports site sets the rankings an article is about
     * in such a box; a sidebar's table stands apart from the story's paragraphs.
     */
    static boolean tableAmong(Element box, Set<Element> aroundStory) {
        Element parent = box.parent();
        if (parent == null || !aroundStory.contains(parent) || !holdsParagraph(parent)) {
            return false;
        }
        int chars = 0;
        for (Element table : box.getElementsByTag("table")) {
            int rows = 0;
            for (Element tr : table.getElementsByTag("tr")) {
                rows += is(tr) ? 1 : 0;
            }
            chars += rows >= MIN_TABLE_ROWS ? table.text().length() : 0;
        }
        return chars > 0 && chars * 2 >= box.text().length();
    }

    private static boolean holdsParagraph(Element parent) {
        for (Element child : parent.children()) {
            if (child.normalName().equals("p") && child.text().length() >= ProseRun.MIN_PARAGRAPH_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code cell} holds text and no link. */
    private static boolean unlinked(Element cell) {
        return cell.hasText() && cell.selectFirst("a") == null;
    }
}
