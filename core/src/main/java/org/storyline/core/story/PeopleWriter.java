package org.storyline.core.story;

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
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Citation;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.Span;
import org.storyline.core.model.Token;

/**
 * Who said what across a story. Quotes are grouped by the speaker's story-wide name; two quotes of one
 * speaker are the same quote when the shorter one's words are nearly all in the longer one (outlets cut
 * quotes differently: "no sense of fatigue" is the same words as a longer rendering of them). A quote
 * several outlets carry becomes one {@link Report} citing all of them; near-duplicate copies count once
 * toward its independent reports. An article that prints the same words inside quotation marks carries
 * the quote too, even where the quotes stage found no attribution for them there.
 */
final class PeopleWriter {

    /** Where a speaker phrase's head has been said: a comma, or a preposition opening what qualifies it. */
    private static final Pattern HEAD_ENDS = Pattern.compile(",|\\s(?:of|in|at|from|for|on|with)\\s");

    private final Coverage coverage;
    private final PassageReader reader;
    private final StoryCast cast;
    private final double overlap;
    private final QuoteSightings sightings;

    PeopleWriter(Coverage coverage, PassageReader reader, StoryCast cast, StorySettings settings) {
        this.coverage = coverage;
        this.reader = reader;
        this.cast = cast;
        this.overlap = settings.quoteOverlap();
        this.sightings = new QuoteSightings(coverage.all);
    }

    private record Said(ArticleAnalysis article, Quote quote, Set<String> words) {
    }

    /** One quote as several articles carry it; outlets often print the very same words, compared once. */
    private record Group(List<Said> members, Set<Set<String>> wordings) {
        Group(Said first) {
            this(new ArrayList<>(List.of(first)), new LinkedHashSet<>(List.of(first.words())));
        }

        void add(Said said) {
            members.add(said);
            wordings.add(said.words());
        }
    }

    List<QuotedPerson> write() {
        var bySpeaker = new LinkedHashMap<String, List<Group>>();
        var shown = new HashMap<String, String>();
        var typed = new HashMap<String, Integer>();
        for (var a : coverage.all) {
            for (var q : a.quotes()) {
                var speakerName = speaker(a, q);
                if (speakerName == null || q.text() == null || q.text().isBlank()) {
                    continue;
                }
                // "The Palestinians" and "Palestinians" are one speaker, shown as first written
                var name = shown.computeIfAbsent(StoryCast.key(speakerName), k -> speakerName);
                var said = new Said(a, q, words(q.text()));
                var kind = kind(a, q);
                if (kind != null) {
                    // organisation counts up, person down: the sign says which the articles call it more often
                    typed.merge(name, kind == EntityType.ORGANIZATION ? 1 : -1, Integer::sum);
                }
                var groups = bySpeaker.computeIfAbsent(name, k -> new ArrayList<>());
                groups.stream().filter(g -> same(g, said)).findFirst()
                        .ifPresentOrElse(g -> g.add(said), () -> groups.add(new Group(said)));
            }
        }
        var people = new ArrayList<QuotedPerson>();
        var roles = rolesByName();
        bySpeaker.forEach((name, groups) -> {
            var quotes = groups.stream().map(g -> report(name, g.members())).toList();
            var outlets = new LinkedHashSet<String>();
            quotes.forEach(r -> outlets.addAll(r.outlets()));
            var kind = typed.getOrDefault(name, 0) > 0 ? EntityType.ORGANIZATION : EntityType.PERSON;
            people.add(new QuotedPerson(name, roles.getOrDefault(name, List.of()), List.copyOf(outlets), quotes, kind));
        });
        people.sort(Comparator.comparingInt((QuotedPerson p) -> -p.outlets().size())
                .thenComparingInt(p -> -p.quotes().size()));
        return people;
    }

    private String speaker(ArticleAnalysis a, Quote q) {
        var name = reader.speakerName(a, q);
        if (name != null || PassageReader.speakerEntity(a, q) != null) {
            return name;
        }
        if (q.speaker() == null || q.speaker().name() == null || q.speaker().name().isBlank()) {
            return null;
        }
        // an unresolved pronoun or a lower-case description ("tested member") names no one
        var raw = q.speaker().name().strip();
        if (WordList.PRONOUNS.contains(StoryCast.key(raw)) || !Character.isUpperCase(raw.charAt(0))) {
            return null;
        }
        return q.speaker().kind() == null && (namesNoOne(raw) || isCommonNoun(a, q.speaker().mention()))
                && typesSpeakers(a) ? null : raw;
    }

    /**
     * Whether the speaker phrase is one common noun the tagger read as such, capitalised only because it opens
     * the sentence: "Nobody", "Speculation", "Video" name no one. An analysis kept without its tokens says
     * nothing.
     */
    private static boolean isCommonNoun(ArticleAnalysis a, Span mention) {
        if (mention == null) {
            return false;
        }
        Token only = null;
        for (var sentence : a.annotated().sentences()) {
            if (!sentence.span().overlaps(mention)) {
                continue;
            }
            for (var token : sentence.tokens()) {
                if (token.span().overlaps(mention)) {
                    if (only != null) {
                        return false;
                    }
                    only = token;
                }
            }
        }
        return only != null && only.pos().equals("NN");
    }

    /**
     * Whether the article's analysis says what its speakers are: one stored before speakers were typed says it
     * of none, and its untyped speakers are listed as before.
     */
    private static boolean typesSpeakers(ArticleAnalysis a) {
        return a.quotes().stream().anyMatch(q -> q.speaker() != null && q.speaker().kind() != null);
    }

    /**
     * "The grain harvest", "Sharon's appointment", "The Nasdaq composite index", "An internal Intel memo": a
     * phrase the quotes stage found to be neither people nor an institution, headed by a common noun, is no one
     * a reader can follow ("Pok Than, one of Ranariddh's negotiators" and "Democrats", headed by names, may
     * be someone).
     */
    private static boolean namesNoOne(String phrase) {
        String[] words = HEAD_ENDS.split(phrase, 2)[0].strip().split(" ");
        String head = words[words.length - 1];
        return words.length > 1 && !head.isEmpty() && !Character.isUpperCase(head.charAt(0));
    }

    /** The quote's speaker kind, else its entity's type ("The agency" is an organisation, "he" a person). */
    private static EntityType kind(ArticleAnalysis a, Quote q) {
        if (q.speaker().kind() != null) {
            return q.speaker().kind();
        }
        var entity = PassageReader.speakerEntity(a, q);
        return entity == null || entity.type() == EntityType.PLACE ? null : entity.type();
    }

    private boolean same(Group group, Said said) {
        for (var wording : group.wordings()) {
            var small = wording.size() <= said.words().size() ? wording : said.words();
            var large = small == wording ? said.words() : wording;
            if (small.isEmpty()) {
                continue;
            }
            int shared = 0;
            boolean sameFigures = true;
            for (var w : small) {
                if (large.contains(w)) {
                    shared++;
                } else if (isFigure(w)) {
                    // "will spend 2.1 billion" and "will spend 2.4 billion" are two accounts, not one quote
                    sameFigures = false;
                    break;
                }
            }
            if (sameFigures && shared >= overlap * small.size()) {
                return true;
            }
        }
        return false;
    }

    private Report report(String speaker, List<Said> group) {
        var longest = group.stream().max(Comparator.comparingInt(s -> s.quote().text().length())).orElseThrow();
        var citations = new ArrayList<Citation>();
        var outlets = new LinkedHashSet<String>();
        var originals = new HashSet<String>();
        var cited = new HashSet<String>();
        for (var s : group) {
            var id = s.article().article().id();
            citations.add(new Citation(coverage.outlet(s.article()), id, s.quote().text(), s.quote().span()));
            outlets.add(coverage.outlet(s.article()));
            originals.add(coverage.originalOf.getOrDefault(id, id));
            cited.add(id);
        }
        for (var text : group.stream().map(s -> s.quote().text()).distinct().toList()) {
            for (var a : sightings.candidates(text, coverage.all)) {
                if (!cited.contains(a.article().id())) {
                    var span = VerbatimQuote.find(a.annotated().text(), text);
                    if (span != null) {
                        var id = a.article().id();
                        citations.add(new Citation(coverage.outlet(a), id, text, span));
                        outlets.add(coverage.outlet(a));
                        originals.add(coverage.originalOf.getOrDefault(id, id));
                        cited.add(id);
                    }
                }
            }
        }
        return new Report(ReportKind.QUOTE, longest.quote().text(), speaker, longest.quote().kind(), null,
                List.copyOf(outlets), originals.size(), citations);
    }

    /** Each person's roles as the articles give them, by story-wide name: one pass over all entities. */
    private Map<String, List<String>> rolesByName() {
        var byName = new HashMap<String, LinkedHashMap<String, String>>();
        for (var a : coverage.all) {
            for (var e : a.entities()) {
                if (e.type() == EntityType.PERSON && !e.roles().isEmpty()) {
                    var roles = byName.computeIfAbsent(cast.nameOf(e.name()), k -> new LinkedHashMap<>());
                    e.roles().forEach(r -> roles.putIfAbsent(r.toLowerCase(Locale.ROOT), r));
                }
            }
        }
        var lists = new HashMap<String, List<String>>();
        byName.forEach((name, roles) -> lists.put(name, List.copyOf(roles.values())));
        return lists;
    }

    private static boolean isFigure(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private static Set<String> words(String text) {
        var words = new HashSet<String>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .forEach(words::add);
        return words;
    }
}
