package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Citation;
import org.storyline.core.model.EntityType;
import org.storyline.core.model.Quote;
import org.storyline.core.model.QuotedPerson;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;

/**
 * Who said what across a story. Quotes are grouped by the speaker's story-wide name; two quotes of one
 * speaker are the same quote when the shorter one's words are nearly all in the longer one (outlets cut
 * quotes differently: "no sense of fatigue" is the same words as a longer rendering of them). A quote
 * several outlets carry becomes one {@link Report} citing all of them; near-duplicate copies count once
 * toward its independent reports. An article that prints the same words inside quotation marks carries
 * the quote too, even where the quotes stage found no attribution for them there.
 */
final class PeopleWriter {

    private final Coverage coverage;
    private final PassageReader reader;
    private final StoryCast cast;
    private final double overlap;

    PeopleWriter(Coverage coverage, PassageReader reader, StoryCast cast, StorySettings settings) {
        this.coverage = coverage;
        this.reader = reader;
        this.cast = cast;
        this.overlap = settings.quoteOverlap();
    }

    private record Said(ArticleAnalysis article, Quote quote, Set<String> words) {
    }

    List<QuotedPerson> write() {
        var bySpeaker = new LinkedHashMap<String, List<List<Said>>>();
        for (var a : coverage.all) {
            for (var q : a.quotes()) {
                var name = speaker(a, q);
                if (name == null || q.text() == null || q.text().isBlank()) {
                    continue;
                }
                var said = new Said(a, q, words(q.text()));
                var groups = bySpeaker.computeIfAbsent(name, k -> new ArrayList<>());
                groups.stream().filter(g -> same(g, said)).findFirst()
                        .ifPresentOrElse(g -> g.add(said), () -> groups.add(new ArrayList<>(List.of(said))));
            }
        }
        var people = new ArrayList<QuotedPerson>();
        bySpeaker.forEach((name, groups) -> {
            var quotes = groups.stream().map(g -> report(name, g)).toList();
            var outlets = new LinkedHashSet<String>();
            quotes.forEach(r -> outlets.addAll(r.outlets()));
            people.add(new QuotedPerson(name, roles(name), List.copyOf(outlets), quotes));
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
        return WordList.PRONOUNS.contains(StoryCast.key(raw)) || !Character.isUpperCase(raw.charAt(0)) ? null : raw;
    }

    private boolean same(List<Said> group, Said said) {
        for (var other : group) {
            var small = other.words().size() <= said.words().size() ? other.words() : said.words();
            var large = small == other.words() ? said.words() : other.words();
            if (small.isEmpty()) {
                continue;
            }
            var shared = new HashSet<>(small);
            shared.retainAll(large);
            // "will spend 2.1 billion" and "will spend 2.4 billion" are two accounts, not one quote
            boolean sameFigures = small.stream().filter(PeopleWriter::isFigure).allMatch(large::contains);
            if (sameFigures && shared.size() >= overlap * small.size()) {
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
        var cited = new HashSet<ArticleAnalysis>();
        for (var s : group) {
            var id = s.article().article().id();
            citations.add(new Citation(coverage.outlet(s.article()), id, s.quote().text(), s.quote().span()));
            outlets.add(coverage.outlet(s.article()));
            originals.add(coverage.originalOf.getOrDefault(id, id));
            cited.add(s.article());
        }
        for (var s : group) {
            for (var a : coverage.all) {
                if (!cited.contains(a)) {
                    var span = VerbatimQuote.find(a.annotated().text(), s.quote().text());
                    if (span != null) {
                        var id = a.article().id();
                        citations.add(new Citation(coverage.outlet(a), id, s.quote().text(), span));
                        outlets.add(coverage.outlet(a));
                        originals.add(coverage.originalOf.getOrDefault(id, id));
                        cited.add(a);
                    }
                }
            }
        }
        return new Report(ReportKind.QUOTE, longest.quote().text(), speaker, longest.quote().kind(), null,
                List.copyOf(outlets), originals.size(), citations);
    }

    private List<String> roles(String name) {
        var roles = new LinkedHashMap<String, String>();
        for (var a : coverage.all) {
            for (var e : a.entities()) {
                if (e.type() == EntityType.PERSON && cast.nameOf(e.name()).equals(name)) {
                    e.roles().forEach(r -> roles.putIfAbsent(r.toLowerCase(Locale.ROOT), r));
                }
            }
        }
        return List.copyOf(roles.values());
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
