package org.storyline.core.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.core.model.Problem;

/**
 * The feeds a user names: each argument is a feed URL (RSS, Atom, a sitemap or sitemap index, an OPML
 * list), or a local file that is an OPML list or lists such URLs one a line ({@code #} at the start
 * of a line or after a space starts a comment). Anything else is a problem naming the argument and
 * line; the rest are still watched. URLs come out once each, in the order first named.
 *
 * @param feeds    the feed URLs
 * @param problems what could not be read
 */
public record FeedList(List<String> feeds, List<Problem> problems) {

    private static final int MAX_FILE_BYTES = 4 << 20;

    public FeedList {
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }

    public static FeedList read(List<String> arguments) {
        Set<String> feeds = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.contains("://")) {
                url(argument, argument, null, feeds, problems);
            } else {
                file(Path.of(argument), feeds, problems);
            }
        }
        return new FeedList(new ArrayList<>(feeds), problems);
    }

    private static void file(Path path, Set<String> feeds, List<Problem> problems) {
        String text;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(new Problem(path.toString(), null, "too large for a list of feeds"));
                return;
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(path.toString(), null, "cannot read the list of feeds: " + e.getMessage()));
            return;
        }
        if (OpmlReader.looksLikeOpml(text)) {
            feeds.addAll(OpmlReader.feeds(text, null));
            return;
        }
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = withoutComment(lines[i]).strip();
            if (!line.isEmpty()) {
                url(line, path.toString(), "line " + (i + 1), feeds, problems);
            }
        }
    }

    private static void url(String text, String source, String where, Set<String> feeds, List<Problem> problems) {
        Optional<URI> url = PageUrl.parse(text, null);
        if (url.isEmpty()) {
            problems.add(new Problem(source, where, "not an http or https URL: " + text));
        } else {
            feeds.add(url.get().toString());
        }
    }

    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
