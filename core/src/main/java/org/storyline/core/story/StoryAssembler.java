package org.storyline.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.model.Citation;
import org.storyline.core.model.DateRange;
import org.storyline.core.model.OnlyIn;
import org.storyline.core.model.Report;
import org.storyline.core.model.ReportKind;
import org.storyline.core.model.StoryArticle;
import org.storyline.core.model.StoryView;

/**
 * Builds the cross-source view of one story from the analyses of its articles.
 *
 * <p>Near-duplicates (wire copies, light edits) are read but not compared on their own: each copy's
 * sentences are attached to its original's, so its outlet is listed wherever the original is cited
 * while the copy adds nothing to corroboration. The independent reports' sentences are aligned across
 * articles ({@link PassageAligner}); a group of aligned sentences carried by two or more outlets is
 * corroborated, one carried by a single outlet is that outlet's alone. Articles in another language than
 * most of the coverage are listed but not aligned. A story of more than {@value #MAX_COMPARED} independent
 * reports (a war's day) compares that many, every outlet's first report among them, and lists the rest:
 * alignment is quadratic in the sentences compared, and the view is assembled again as each article
 * arrives. Thread-safe: each call works on its own state.
 */
public final class StoryAssembler {

    /** The most independent reports a view compares sentence by sentence. */
    public static final int MAX_COMPARED = 200;

    private final StorySettings settings;

    public StoryAssembler() {
        this(StorySettings.DEFAULTS);
    }

    public StoryAssembler(StorySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param id          the story's id
     * @param analyses    its articles' analyses, in any order; an article given twice counts once
     * @param duplicateOf for a near-duplicate's article id, the id of the article it copies; entries
     *                    about articles outside the story are ignored
     */
    public StoryView assemble(String id, List<ArticleAnalysis> analyses, Map<String, String> duplicateOf) {
        var coverage = new Coverage(analyses, duplicateOf);
        var notes = new ArrayList<>(coverage.notes);
        var cast = new StoryCast(personNames(coverage.all));
        var reader = new PassageReader(cast);
        var language = Languages.main(coverage.independent);
        var passages = new ArrayList<Passage>();
        var compared = new ArrayList<ArticleAnalysis>();
        var comparable = comparedFirst(coverage);
        for (int i = 0; i < comparable.size(); i++) {
            var a = comparable.get(i);
            if (compared.size() == MAX_COMPARED) {
                notes.add((comparable.size() - i) + " more reports are listed, not compared sentence by sentence:"
                        + " a story's view compares " + MAX_COMPARED + ", each outlet's first before any outlet's second");
                break;
            }
            if (Languages.compatible(a.article().language(), language)) {
                compared.add(a);
                passages.addAll(reader.read(a, coverage.outlet(a), passages.size()));
            } else {
                notes.add(coverage.outlet(a) + ": \"" + a.article().source() + "\" is in language '"
                        + a.article().language() + "', not '" + language + "': listed, not compared");
            }
        }
        var weights = new TermWeights(passages);
        var claims = new ClaimMatcher(cast, settings);
        var alignment = new PassageAligner(weights, claims, settings).align(passages);
        var copyCitations = copyCitations(coverage, reader, weights, passages);
        var writer = new ReportWriter(weights, claims, copyCitations);
        var reportOf = new HashMap<Integer, Report>();
        var reports = new ArrayList<Report>();
        var corroborated = new ArrayList<Report>();
        var onlyIn = new LinkedHashMap<String, List<Report>>();
        var withClaims = passages.stream().filter(p -> !p.claims().isEmpty()).toList();
        boolean severalOutlets = compared.stream().map(coverage::outlet).distinct().count() > 1;
        for (var group : alignment.groups()) {
            var report = writer.write(group);
            reports.add(report);
            group.forEach(p -> reportOf.put(p.index(), report));
            long outlets = group.stream().map(Passage::outlet).distinct().count();
            if (outlets >= 2) {
                corroborated.add(report);
                for (var p : group) {
                    for (var own : ownNumbers(p, withClaims, claims)) {
                        onlyIn.computeIfAbsent(p.outlet(), k -> new ArrayList<>()).add(writer.write(p, own));
                    }
                }
            } else if (severalOutlets && substantial(report, group)) {
                var p = group.get(0);
                var own = ownNumbers(p, withClaims, claims);
                if (p.claims().isEmpty() || own.size() == p.claims().size()) {
                    onlyIn.computeIfAbsent(p.outlet(), k -> new ArrayList<>()).add(report);
                } else {
                    // the sentence aligned with none, but another outlet reports some of its figures elsewhere
                    own.forEach(c -> onlyIn.computeIfAbsent(p.outlet(), k -> new ArrayList<>()).add(writer.write(p, c)));
                }
            }
        }
        corroborated.sort(Comparator.comparingInt((Report r) -> -r.outlets().size()));
        var centroid = new Centroid(passages, weights);
        notes.addAll(limits(coverage, compared));
        return new StoryView(id,
                Headline.title(compared.isEmpty() ? coverage.all : compared, passages, centroid),
                coverage.outlets(),
                coverage.storyArticles(),
                period(coverage.storyArticles()),
                Headline.place(coverage.independent),
                TimelineWriter.write(alignment.groups(), copyCitations),
                new PeopleWriter(coverage, reader, cast, settings).write(),
                corroborated,
                new ConflictWriter(claims, weights, settings, copyCitations).write(alignment),
                onlyIn.entrySet().stream().map(e -> new OnlyIn(e.getKey(), e.getValue())).toList(),
                new SummaryWriter(weights, settings).write(passages, reportOf),
                notes);
    }

    /**
     * The independent reports in the order they are compared: each outlet's first (earliest) report, then
     * each outlet's second, and so on, so that a capped comparison still hears every outlet.
     */
    private static List<ArticleAnalysis> comparedFirst(Coverage coverage) {
        if (coverage.independent.size() <= MAX_COMPARED) {
            return coverage.independent;
        }
        var rank = new IdentityHashMap<ArticleAnalysis, Integer>();
        var seen = new HashMap<String, Integer>();
        var byTime = new ArrayList<>(coverage.independent);
        byTime.sort(Comparator.comparing((ArticleAnalysis a) -> a.article().published() == null ? null
                : a.article().published().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        byTime.forEach(a -> rank.put(a, seen.merge(coverage.outlet(a), 1, Integer::sum)));
        byTime.sort(Comparator.comparingInt(rank::get));
        return byTime;
    }

    /**
     * The numbers a sentence reports that no other outlet reports anywhere in the story: a figure another
     * outlet gives in a sentence of its own wording is shared, not that outlet's alone.
     */
    private static List<org.storyline.core.model.Claim> ownNumbers(Passage p, List<Passage> withClaims,
                                                                  ClaimMatcher claims) {
        return p.claims().stream().filter(c -> withClaims.stream()
                .filter(q -> !q.outlet().equals(p.outlet()))
                .noneMatch(q -> q.claims().stream().anyMatch(d -> claims.sameValue(c, d)
                        && (claims.sameMeasure(c, d) || claims.sameKind(c, d)))))
                .toList();
    }

    /** Claims and named quotes always; narration only when it is a sentence of some length. */
    private boolean substantial(Report report, List<Passage> group) {
        return report.kind() != ReportKind.STATEMENT || group.get(0).words() >= settings.minSummaryWords();
    }

    private static List<String> personNames(List<ArticleAnalysis> articles) {
        var names = new ArrayList<String>();
        for (var a : articles) {
            a.entities().stream().filter(e -> e.type() == org.storyline.core.model.EntityType.PERSON)
                    .forEach(e -> names.add(e.name()));
        }
        return names;
    }

    /** For each passage of an original, the same sentence as each of its near-duplicate copies printed it. */
    private static Map<Integer, List<Citation>> copyCitations(Coverage coverage, PassageReader reader,
                                                              TermWeights weights, List<Passage> passages) {
        var byArticle = new HashMap<String, List<Passage>>();
        passages.forEach(p -> byArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p));
        var result = new HashMap<Integer, List<Citation>>();
        coverage.copies.forEach((originalId, copies) -> {
            var originals = byArticle.getOrDefault(originalId, List.of());
            for (var copy : copies) {
                for (var cp : reader.read(copy, coverage.outlet(copy), 0)) {
                    originals.stream()
                            .max(Comparator.comparingDouble(op -> weights.similarity(op.terms(), cp.terms())))
                            .filter(op -> weights.similarity(op.terms(), cp.terms()) >= 0.8)
                            .ifPresent(op -> result.computeIfAbsent(op.index(), k -> new ArrayList<>()).add(cp.citation()));
                }
            }
        });
        return result;
    }

    private static DateRange period(List<StoryArticle> articles) {
        var dates = articles.stream().map(StoryArticle::published).filter(Objects::nonNull).sorted().toList();
        return dates.isEmpty() ? null : new DateRange(dates.get(0), dates.get(dates.size() - 1));
    }

    /** What the view cannot say for this coverage, in words. */
    private static List<String> limits(Coverage coverage, List<ArticleAnalysis> compared) {
        var notes = new ArrayList<String>();
        if (coverage.all.isEmpty()) {
            notes.add("no articles");
            return notes;
        }
        if (coverage.independent.size() == 1) {
            notes.add("only one independent report: nothing to corroborate or compare");
        } else if (coverage.outletCount() == 1) {
            notes.add("every article is from " + coverage.outlet(coverage.all.get(0))
                    + ": nothing can be corroborated across outlets");
        } else if (coverage.independent.stream().map(coverage::outlet).distinct().count() == 1) {
            notes.add("every independent report is from " + coverage.outlet(coverage.independent.get(0))
                    + " (the other outlets ran copies of it): nothing can be corroborated across outlets");
        } else if (compared.stream().map(coverage::outlet).distinct().count() < 2) {
            notes.add("fewer than two outlets in a common language: nothing can be corroborated");
        }
        long undated = coverage.all.stream().filter(a -> a.article().published() == null).count();
        if (undated == coverage.all.size()) {
            notes.add("no article carries a publication date: the story has no period");
        } else if (undated > 0) {
            notes.add(undated + " of " + coverage.all.size() + " articles carry no publication date");
        }
        if (compared.stream().allMatch(a -> a.annotated().text().isBlank())) {
            notes.add("no article text to compare");
        }
        return notes;
    }
}
