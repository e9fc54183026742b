package org.storyline.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.storyline.core.cluster.BodyFingerprint;
import org.storyline.core.cluster.NearDuplicateDetector;
import scala.Tuple2;

/**
 * Near-duplicates over the whole corpus with the cluster stage's own MinHash and LSH buckets, as a band
 * join: the decision {@link NearDuplicateDetector} takes online, taken for every article at once.
 *
 * <p>The online detector, fed the corpus in order, compares each article with the earlier ones sharing an
 * LSH bucket (the last {@code maxBucket} of each bucket), takes the one with the highest containment if it
 * reaches the bar, and links the article to that one's original. Here every bucket is one group: each
 * member gets as candidates the {@code maxBucket} members before it in corpus order, the pairs are scored
 * with the detector's {@link NearDuplicateDetector#containment}, and the best confirmed one per article
 * goes to the driver, which follows the chains to their originals in corpus order. Only confirmed copies
 * reach the driver; the fingerprints stay on the executors.
 */
final class CopyLinks {

    /** An article's body fingerprint and place in the corpus order. */
    record Body(OrderKey key, String id, long[] signature, int shingles) implements java.io.Serializable {

        BodyFingerprint fingerprint() {
            return new BodyFingerprint(signature, shingles);
        }
    }

    private CopyLinks() {
    }

    /** Copy id to the id of the original it repeats (the first article of its chain), in corpus order. */
    static Map<String, String> find(JavaRDD<Body> corpus, int partitions) {
        int maxBucket = ExecutorModels.fingerprints().settings().maxBucket();
        JavaPairRDD<String, Body> byId = corpus.filter(b -> b.signature() != null)
                .mapToPair(b -> new Tuple2<>(b.id(), b));
        JavaPairRDD<String, String> pairs = byId.values()
                .flatMapToPair(CopyLinks::bucketEntries)
                .groupByKey(partitions)
                .flatMapToPair(bucket -> candidatePairs(bucket._2(), maxBucket))
                .distinct(partitions);
        List<CopyCandidate> best = pairs.join(byId)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .join(byId)
                .flatMap(p -> confirmed(p._2()._1(), p._2()._2()))
                .mapToPair(c -> new Tuple2<>(c.id(), c))
                .reduceByKey(CopyCandidate::better)
                .values()
                .collect();
        return originals(best);
    }

    private static Iterator<Tuple2<Long, Tuple2<OrderKey, String>>> bucketEntries(Body body) {
        long[] keys = ExecutorModels.fingerprints().bucketKeys(body.fingerprint());
        List<Tuple2<Long, Tuple2<OrderKey, String>>> out = new ArrayList<>(keys.length);
        for (long key : keys) {
            out.add(new Tuple2<>(key, new Tuple2<>(body.key(), body.id())));
        }
        return out.iterator();
    }

    /** (later, earlier) for each member and the members before it that the online bucket still holds. */
    private static Iterator<Tuple2<String, String>> candidatePairs(Iterable<Tuple2<OrderKey, String>> members,
                                                                   int maxBucket) {
        List<Tuple2<OrderKey, String>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Tuple2::_1));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            for (int j = Math.max(0, i - maxBucket); j < i; j++) {
                out.add(new Tuple2<>(sorted.get(i)._2(), sorted.get(j)._2()));
            }
        }
        return out.iterator();
    }

    private static Iterator<CopyCandidate> confirmed(Body later, Body earlier) {
        NearDuplicateDetector detector = ExecutorModels.fingerprints();
        double c = detector.containment(later.fingerprint(), earlier.fingerprint());
        if (c < detector.settings().minContainment()) {
            return Collections.emptyIterator();
        }
        return List.of(new CopyCandidate(later.key(), later.id(), earlier.key(), earlier.id(), c)).iterator();
    }

    /** Follows each copy's link to its chain's first article, in corpus order as the online detector does. */
    static Map<String, String> originals(List<CopyCandidate> best) {
        List<CopyCandidate> ordered = new ArrayList<>(best);
        ordered.sort(Comparator.comparing(CopyCandidate::key));
        Map<String, String> originalOf = new LinkedHashMap<>();
        for (CopyCandidate c : ordered) {
            originalOf.put(c.id(), originalOf.getOrDefault(c.earlierId(), c.earlierId()));
        }
        return originalOf;
    }
}
