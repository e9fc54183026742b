package org.storyline.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.model.DateRange;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Outlet;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.StorylineEvent;
import org.storyline.core.model.StorylineView;
import org.storyline.core.model.StoryView;
import org.storyline.core.model.SummarySentence;

/**
 * Builds a storyline's view from the views of its events: the events in time order, the outlets and the
 * people across them, and the arc. Works on event views alone, so a storyline of thousands of articles
 * costs as much as its events' views already cost, plus a pass over them.
 *
 * <p><b>Title.</b> The title of its biggest event (most outlets, then articles; the earliest on a tie):
 * the happening most coverage was about names the storyline. <b>Place.</b> The place most of its
 * articles' events happen in, when those hold at least a quarter of its articles (else none).
 * <b>Arc.</b> A storyline's summary tells how it began and what happened since: the leads of the events
 * several articles covered, then the sentences of its events' summaries that cover most of what its
 * coverage reports, about {@link #ARC_WORDS} words in the order the events happened ({@link StorylineArc}).
 * A one-event storyline's summary is its event's.
 */
public final class StorylineAssembler {

    /**
     * The least share of a storyline's articles, in percent, whose events must happen in a place for it to be
     * the storyline's: the Senate race of one side event is not where a month of budget talks happened.
     */
    static final int PLACE_SHARE_PERCENT = 25;

    /** About how many words a storyline's arc holds: as many as an event's summary. */
    public static final int ARC_WORDS = StorySettings.DEFAULTS.summaryWords();

    /**
     * @param id     the storyline's id
     * @param events its events' views, in any order; at least one
     */
    public StorylineView assemble(String id, List<StoryView> events) {
        Objects.requireNonNull(id, "id");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a storyline has at least one event: " + id);
        }
        var ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing((StoryView e) -> e.period() == null ? null : e.period().first(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoryView::id));
        var biggest = ordered.stream().max(Comparator.comparingInt((StoryView e) -> e.outlets().size())
                .thenComparingInt(e -> e.articles().size())
                .thenComparing(e -> -ordered.indexOf(e))).orElseThrow();
        int articles = ordered.stream().mapToInt(e -> e.articles().size()).sum();
        return new StorylineView(id, biggest.title(), period(ordered), place(ordered), outlets(ordered), articles,
                ordered.stream().map(StorylineAssembler::entry).toList(), people(ordered), arc(ordered),
                notes(ordered));
    }

    static StorylineEvent entry(StoryView e) {
        return new StorylineEvent(e.id(), e.title(), e.period(), e.place(),
                e.outlets().stream().map(Outlet::name).toList(), e.articles().size(),
                e.summary().isEmpty() ? null : e.summary().get(0).text());
    }

    private static DateRange period(List<StoryView> events) {
        LocalDate first = null;
        LocalDate last = null;
        for (var e : events) {
            if (e.period() != null) {
                first = first == null || e.period().first().isBefore(first) ? e.period().first() : first;
                last = last == null || e.period().last().isAfter(last) ? e.period().last() : last;
            }
        }
        return first == null ? null : new DateRange(first, last);
    }

    private static String place(List<StoryView> events) {
        var weight = new LinkedHashMap<String, Integer>();
        int articles = 0;
        for (var e : events) {
            articles += e.articles().size();
            if (e.place() != null) {
                weight.merge(e.place(), e.articles().size(), Integer::sum);
            }
        }
        int least = articles * PLACE_SHARE_PERCENT;
        return weight.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() * 100 >= least)
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<Outlet> outlets(List<StoryView> events) {
        var byName = new LinkedHashMap<String, Outlet>();
        var articles = new HashMap<String, Integer>();
        for (var e : events) {
            e.outlets().forEach(o -> byName.merge(o.name(), o, (x, y) -> x.domain() == null ? y : x));
            e.articles().forEach(a -> articles.merge(a.outlet(), 1, Integer::sum));
        }
        return byName.values().stream()
                .sorted(Comparator.comparingInt((Outlet o) -> -articles.getOrDefault(o.name(), 0)))
                .toList();
    }

    /**
     * Everyone quoted in any event, one entry per person, each quote once, most quoted first. Each event
     * names its people as its own articles do, so the storyline reads the names again as one cast: "David
     * Yoffie" of one event is "David B. Yoffie" of another, "Farouq al-Sharaa" is "Farouk al-Sharaa"
     * ({@link StoryCast}).
     */
    private static List<QuotedPerson> people(List<StoryView> events) {
        var cast = castOf(events);
        var byName = new LinkedHashMap<String, List<QuotedPerson>>();
        var shown = new HashMap<String, String>();
        for (var e : events) {
            for (var p : e.people()) {
                var name = castName(cast, p);
                var key = name.toLowerCase(Locale.ROOT);
                shown.putIfAbsent(key, name);
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        var out = new ArrayList<QuotedPerson>();
        for (var group : byName.entrySet()) {
            var entries = group.getValue();
            var roles = new LinkedHashSet<String>();
            var outlets = new LinkedHashSet<String>();
            var quotes = new LinkedHashMap<String, Report>();
            for (var p : entries) {
                roles.addAll(p.roles());
                outlets.addAll(p.outlets());
                p.quotes().forEach(q -> quotes.putIfAbsent(q.text(), q));
            }
            long organizations = entries.stream().filter(QuotedPerson::organization).count();
            out.add(new QuotedPerson(shown.get(group.getKey()), List.copyOf(roles), List.copyOf(outlets),
                    List.copyOf(quotes.values()), 2 * organizations > entries.size() ? EntityType.ORGANIZATION
                    : EntityType.PERSON));
        }
        out.sort(Comparator.comparingInt((QuotedPerson p) -> -p.quotes().size()));
        return out;
    }

    /**
     * The people the events name as people, once each. An event's cast weighed every mention in its articles;
     * the storyline sees only who was quoted, which is no measure of who a bare surname means ("Clinton"
     * quoted 15 times, "Bill Clinton" once), so a name joins another only when it fits no other, and a
     * bare surname stays as its event wrote it.
     */
    private static StoryCast castOf(List<StoryView> events) {
        var names = new LinkedHashMap<String, Long>();
        events.forEach(e -> e.people().stream().filter(StorylineAssembler::looksLikeAName)
                .forEach(p -> names.put(p.name(), 1L)));
        return new StoryCast(names);
    }

    /**
     * The cast's name for a quoted person when it only spells the same words another way or adds initials
     * ("James F. Moore" for "James Moore"); a fuller name with another word may be a typo the cast would
     * show for every event ("Sam Ram Rainsy" for "Sam Rainsy").
     */
    private static String castName(StoryCast cast, QuotedPerson p) {
        var own = StoryCast.key(p.name()).split(" ");
        if (!looksLikeAName(p) || own.length < 2) {
            return p.name();
        }
        var joined = cast.nameOf(p.name());
        var words = StoryCast.key(joined).split(" ");
        var ownWords = new HashSet<>(Arrays.asList(own));
        boolean addsOnlyInitials = Arrays.stream(words).allMatch(w -> w.length() == 1 || ownWords.contains(w));
        return words.length == own.length || addsOnlyInitials ? joined : p.name();
    }

    /**
     * A person written as a name ("Farouk al-Sharaa"), not an organisation nor a description ("White House
     * chief of staff Erskine Bowles", whose full form would otherwise be shown for "Erskine Bowles").
     */
    private static boolean looksLikeAName(QuotedPerson p) {
        if (p.organization()) {
            return false;
        }
        for (var word : p.name().split("\\s+")) {
            if (word.length() > 3 && word.chars().noneMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return true;
    }

    /** A one-event storyline's summary is its event's; a longer one's tells the arc ({@link StorylineArc}). */
    private static List<SummarySentence> arc(List<StoryView> events) {
        return events.size() == 1 ? events.get(0).summary()
                : StorylineArc.of(events, ARC_WORDS, StoryView.MAX_SUMMARY_SENTENCES);
    }

    private static List<String> notes(List<StoryView> events) {
        var notes = new ArrayList<String>();
        long undated = events.stream().filter(e -> e.period() == null).count();
        if (undated > 0 && undated < events.size()) {
            notes.add(undated + " of " + events.size() + " events carry no date: listed last");
        } else if (undated == events.size()) {
            notes.add("no event is dated: the storyline has no period");
        }
        return notes;
    }
}
