package org.storyline.core.cluster;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.storyline.core.model.Article;

/**
 * Finds wire copies and lightly edited republications as articles arrive: the same body with a
 * different intro, a cut ending, paragraphs moved, other boilerplate or another headline.
 *
 * <p>Each body becomes a set of word shingles (the headline is left out: republishers rewrite it),
 * summarised by a MinHash signature. LSH banding proposes the earlier articles that share a band;
 * a candidate is confirmed when the estimated share of the shorter text found in the longer one
 * reaches {@link DuplicateSettings#minContainment()}. Containment rather than Jaccard similarity,
 * because a copy cut to half its length is still a copy. Work per article is bounded by the number
 * of bands times {@link DuplicateSettings#maxBucket()}.
 *
 * <p>A copy of a copy is linked to the first article of the chain, so every family of copies has
 * one original. Adding an id a second time changes nothing. Not thread-safe; callers that share one
 * detector between threads must synchronise. The parts that need no state ({@link #fingerprint},
 * {@link #bucketKeys}, {@link #containment}) are thread-safe and public, so that a distributed run can
 * compute fingerprints where the articles are and join buckets at scale with the same decision.
 */
public final class NearDuplicateDetector {

    private record Seen(String id, long[] signature, int size, String original) {
    }

    private final DuplicateSettings settings;
    private final MinHash minHash;
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<Long, ArrayDeque<String>> buckets = new HashMap<>();

    public NearDuplicateDetector() {
        this(DuplicateSettings.DEFAULTS);
    }

    public NearDuplicateDetector(DuplicateSettings settings) {
        this.settings = settings;
        this.minHash = new MinHash(settings.signatureLength());
    }

    /** Adds an article's body; returns the id of the original it repeats, or empty when it is new. */
    public Optional<String> add(Article article) {
        return add(article.id(), article.paragraphs());
    }

    /** Adds a body given as paragraphs; returns the id of the original it repeats, or empty. */
    public Optional<String> add(String id, List<String> paragraphs) {
        return add(id, fingerprint(paragraphs));
    }

    /** Adds a body by its {@link #fingerprint}; returns the id of the original it repeats, or empty. */
    public Optional<String> add(String id, BodyFingerprint body) {
        Seen known = seen.get(id);
        if (known != null) {
            return Optional.ofNullable(known.original());
        }
        if (!body.comparable()) {
            seen.put(id, new Seen(id, null, body.shingles(), null));
            return Optional.empty();
        }
        long[] signature = body.signature();
        Seen best = null;
        double bestContainment = 0;
        for (String candidateId : candidates(signature)) {
            Seen candidate = seen.get(candidateId);
            double c = containment(body, new BodyFingerprint(candidate.signature(), candidate.size()));
            if (c >= settings.minContainment() && c > bestContainment) {
                best = candidate;
                bestContainment = c;
            }
        }
        String original = best == null ? null : best.original() == null ? best.id() : best.original();
        seen.put(id, new Seen(id, signature, body.shingles(), original));
        index(id, signature);
        return Optional.ofNullable(original);
    }

    /** The signature and size of a body, for {@link #add(String, BodyFingerprint)}. Thread-safe. */
    public BodyFingerprint fingerprint(List<String> paragraphs) {
        long[] shingles = Shingles.of(paragraphs, settings.shingleWords());
        return new BodyFingerprint(shingles.length < settings.minShingles() ? null : minHash.signature(shingles),
                shingles.length);
    }

    /**
     * The LSH bucket keys of a comparable body, one per band: two bodies are candidates when they share
     * one. Empty for a body too short to compare. Thread-safe.
     */
    public long[] bucketKeys(BodyFingerprint body) {
        if (!body.comparable()) {
            return new long[0];
        }
        long[] keys = new long[settings.bands()];
        for (int band = 0; band < keys.length; band++) {
            keys[band] = bandKey(body.signature(), band);
        }
        return keys;
    }

    /**
     * The estimated share of the shorter body found in the longer one, 0 when either is too short; a
     * later body copies an earlier one when this reaches {@link DuplicateSettings#minContainment()}.
     */
    public double containment(BodyFingerprint a, BodyFingerprint b) {
        if (!a.comparable() || !b.comparable()) {
            return 0;
        }
        return MinHash.containment(MinHash.jaccard(a.signature(), b.signature()), a.shingles(), b.shingles());
    }

    public DuplicateSettings settings() {
        return settings;
    }

    /** The original of an article added before, or empty when it is itself an original or unknown. */
    public Optional<String> originalOf(String id) {
        Seen known = seen.get(id);
        return known == null ? Optional.empty() : Optional.ofNullable(known.original());
    }

    private Set<String> candidates(long[] signature) {
        Set<String> out = new LinkedHashSet<>();
        for (int band = 0; band < settings.bands(); band++) {
            ArrayDeque<String> bucket = buckets.get(bandKey(signature, band));
            if (bucket != null) {
                out.addAll(bucket);
            }
        }
        return out;
    }

    private void index(String id, long[] signature) {
        for (int band = 0; band < settings.bands(); band++) {
            ArrayDeque<String> bucket = buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayDeque<>());
            bucket.addLast(id);
            if (bucket.size() > settings.maxBucket()) {
                bucket.removeFirst();
            }
        }
    }

    private long bandKey(long[] signature, int band) {
        long h = band;
        int from = band * settings.rowsPerBand();
        for (int i = from; i < from + settings.rowsPerBand(); i++) {
            h = Shingles.mix(h * 31 + signature[i]);
        }
        return h;
    }
}
