package org.storyline.core.model;

/**
 * A half-open range of characters {@code [begin, end)} in {@link Article#text()}.
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(begin, end);
    }
}
