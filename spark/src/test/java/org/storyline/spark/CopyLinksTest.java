package org.storyline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.storyline.core.cluster.BodyFingerprint;
import org.storyline.core.cluster.NearDuplicateDetector;

/** The band join decides as the online detector does, fed the same bodies in the same order. */
class CopyLinksTest {

    private static final String[] WORDS = ("harbour council tram vote ferry strike crews union rota night "
            + "shift commuters estuary operator timetable agency staff route cost bridge repair river flood "
            + "evacuation shelter railway signal fire minister budget school hospital court appeal ruling")
            .split(" ");

    /** Two hundred bodies: originals, light edits of earlier ones (cut, new intro) and edits of edits. */
    private static List<List<String>> bodies() {
        Random random = new Random(7);
        List<List<String>> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i > 10 && random.nextInt(3) == 0) {
                List<String> copy = new ArrayList<>(bodies.get(random.nextInt(i)));
                if (random.nextBoolean()) {
                    copy.add(0, sentence(random, 14));
                } else if (copy.size() > 3) {
                    copy.remove(copy.size() - 1);
                }
                bodies.add(copy);
            } else {
                List<String> body = new ArrayList<>();
                for (int p = 0; p < 5; p++) {
                    body.add(sentence(random, 20));
                }
                bodies.add(body);
            }
        }
        return bodies;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    @Test
    void findsTheOriginalsTheOnlineDetectorFinds() throws Exception {
        List<List<String>> bodies = bodies();
        NearDuplicateDetector online = new NearDuplicateDetector();
        Map<String, String> expected = new HashMap<>();
        List<CopyLinks.Body> corpus = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String id = "a" + i;
            BodyFingerprint f = online.fingerprint(bodies.get(i));
            online.add(id, f).ifPresent(original -> expected.put(id, original));
            // ten articles a day; the list is shuffled below, so the RDD does not come in corpus order
            corpus.add(new CopyLinks.Body(new OrderKey(i / 10, 0, i), id, f.signature(), f.shingles()));
        }
        Map<String, String> found;
        try (SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate()) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            java.util.Collections.shuffle(corpus, new Random(3));
            found = CopyLinks.find(sc.parallelize(corpus, 4), 4);
        }
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(found).isEqualTo(expected);
    }
}
