package org.storyline.spark;

import java.io.Serializable;

/**
 * One input file and its place in the reading order: articles are grouped in publication order, ties
 * broken by the order {@code analyze} reads its inputs in (this index), then by record in the file.
 *
 * @param index  its place in the reading order
 * @param uri    the file's full Hadoop path, to open it
 * @param source the path as the user named it ({@code examples/meridian-wire/a.txt}), for articles and reports
 */
record InputFile(int index, String uri, String source) implements Serializable {
}
