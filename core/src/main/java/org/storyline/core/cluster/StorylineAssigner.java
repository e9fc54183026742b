package org.storyline.core.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Online clustering at two levels, in one pass: each article joins an event (one happening, days long: a
 * {@link StoryAssigner} with {@link ClusterSettings#DEFAULTS}) and a storyline (the events that continue one
 * another over weeks: a second {@link StoryAssigner} with {@link ClusterSettings#STORYLINES}, a month and
 * a half long, names weighing most). Every event belongs to exactly one storyline.
 *
 * <p>The event leads. An article that joins an event goes to that event's storyline, which counts it into
 * its centroid; only an article that starts an event is placed among the storylines on its own, so a new
 * happening either continues a storyline or starts one. One bridging article (a trial story that mentions
 * a takeover, a summit piece on a jailed dissident) therefore cannot pull a second storyline in; when the
 * event level merges two events that lie in different storylines, it has found that both cover one
 * happening, and the storylines are merged. A storyline that has grown also takes in the small dated
 * storylines near it, mostly the lone background articles that came out before its coverage ({@link
 * ClusterSettings#earlyPieceSize()}).
 *
 * <p>A merged storyline's events become the survivor's, and its id resolves to the survivor (the one
 * begun first). A {@linkplain ArticleProfile#roundup roundup} stands alone: it gets an event and a
 * storyline of its own that no assigner ever offers to a later article, so it neither joins nor bridges.
 *
 * <p>Not thread-safe.
 */
public final class StorylineAssigner {

    /** Prefix of a roundup's event id. */
    private static final String ALONE = "alone-";

    private final StoryAssigner events;
    private final StoryAssigner lines;
    private final Map<String, String> storylineOfEvent = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    /** The event of each roundup, by article id, in arrival order. */
    private final Map<String, String> alone = new LinkedHashMap<>();

    public StorylineAssigner() {
        this(ClusterSettings.DEFAULTS, ClusterSettings.STORYLINES);
    }

    public StorylineAssigner(ClusterSettings eventSettings, ClusterSettings storylineSettings) {
        this(new StoryAssigner(eventSettings), new StoryAssigner(storylineSettings, StoryMemory.NONE, "l"));
    }

    /** @param events places articles in events; @param lines places the same articles in storylines */
    public StorylineAssigner(StoryAssigner events, StoryAssigner lines) {
        this.events = events;
        this.lines = lines;
    }

    /** Places one article, with no storylines kept outside this assigner. */
    public Placement assign(ArticleProfile profile) {
        return assign(profile, e -> Optional.empty());
    }

    /**
     * Places one article in a storyline and, within it, an event.
     *
     * @param keptStoryline the storyline of an event recalled from a store, which this assigner has not
     *                      placed itself; empty when none is kept
     */
    public Placement assign(ArticleProfile profile, Function<String, Optional<String>> keptStoryline) {
        if (profile.roundup()) {
            return placeAlone(profile);
        }
        Assignment event = events.assign(profile);
        String eventLine = event.newStory() ? null : storylineOf(event.storyId(), keptStoryline);
        Assignment line = eventLine == null ? lines.assign(profile) : lines.attach(profile, eventLine);
        line.merged().forEach(m -> mergedInto.put(m, line.storyId()));
        String storyline = line.storyId();
        List<String> mergedLines = new ArrayList<>(line.merged());
        for (String e : event.merged()) {
            String other = storylineOf(e, keptStoryline);
            if (other != null && !other.equals(storyline)) {
                String survivor = lines.older(other, storyline);
                String loser = survivor.equals(other) ? storyline : other;
                lines.merge(loser, survivor);
                mergedInto.put(loser, survivor);
                mergedLines.add(loser);
                storyline = survivor;
            }
        }
        storylineOfEvent.put(event.storyId(), storyline);
        event.merged().forEach(storylineOfEvent::remove);
        return new Placement(event, storyline, line.newStory() && mergedLines.isEmpty(), mergedLines);
    }

    private Placement placeAlone(ArticleProfile profile) {
        String event = ALONE + profile.id();
        String storyline = "line-" + event; // not "l-": the store names it after the article, as any new one
        alone.put(profile.id(), event);
        storylineOfEvent.put(event, storyline);
        return new Placement(new Assignment(profile.id(), event, true, List.of(), 0), storyline, true, List.of());
    }

    /** The storyline an event is in now, merges followed; empty for an event not placed here. */
    public Optional<String> storylineOfEvent(String eventId) {
        return Optional.ofNullable(storylineOf(eventId, e -> Optional.empty()));
    }

    /** The event an article is in now. */
    public Optional<String> eventOf(String articleId) {
        Optional<String> placed = events.storyOf(articleId);
        return placed.isPresent() ? placed : Optional.ofNullable(alone.get(articleId));
    }

    /** Every event so far, as event id to article ids in arrival order. */
    public Map<String, List<String>> events() {
        if (alone.isEmpty()) {
            return events.stories();
        }
        Map<String, List<String>> all = new LinkedHashMap<>(events.stories());
        alone.forEach((article, event) -> all.put(event, List.of(article)));
        return all;
    }

    /** Every storyline so far, as storyline id to its event ids in the order they started. */
    public Map<String, List<String>> storylines() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String event : events().keySet()) {
            String line = storylineOf(event, e -> Optional.empty());
            if (line != null) {
                out.computeIfAbsent(line, k -> new ArrayList<>()).add(event);
            }
        }
        return out;
    }

    public int activeEvents() {
        return events.activeStories();
    }

    public int activeStorylines() {
        return lines.activeStories();
    }

    private String storylineOf(String event, Function<String, Optional<String>> kept) {
        String line = storylineOfEvent.get(event);
        if (line == null) {
            line = kept.apply(event).orElse(null);
            if (line != null) {
                storylineOfEvent.put(event, line);
            }
        }
        for (int hops = 0; line != null && hops < 64 && mergedInto.containsKey(line); hops++) {
            line = mergedInto.get(line);
        }
        return line;
    }

    /**
     * Where one article went.
     *
     * @param event            the event assignment (its id, whether it started it, events merged into it)
     * @param storyline        the storyline it is in now
     * @param newStoryline     whether the article started that storyline
     * @param mergedStorylines storylines found to be this one and merged into it (their ids now resolve to
     *                         {@code storyline})
     */
    public record Placement(Assignment event, String storyline, boolean newStoryline, List<String> mergedStorylines) {

        public Placement {
            mergedStorylines = List.copyOf(mergedStorylines);
        }
    }
}
