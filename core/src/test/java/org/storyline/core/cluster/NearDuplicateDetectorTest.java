package org.storyline.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {

    private final List<String> original = TestArticles.paragraphs("tram-vote.txt");
    private NearDuplicateDetector detector;

    @BeforeEach
    void addOriginal() {
        detector = new NearDuplicateDetector();
        assertThat(detector.add(TestArticles.article("orig", "Larkspur approves tram", original))).isEmpty();
    }

    @Test
    void findsCopyWithParagraphsReordered() {
        List<String> moved = new ArrayList<>(original);
        Collections.reverse(moved);
        assertThat(detector.add("moved", moved)).contains("orig");
    }

    @Test
    void findsCopyWithNewFirstParagraph() {
        List<String> intro = new ArrayList<>(original);
        intro.set(0, "LARKSPUR — After ten years of debate and three failed votes, the harbour city finally has its tram.");
        intro.add(1, "Here is what happened at the council meeting, and what comes next for residents along the route.");
        assertThat(detector.add("intro", intro)).contains("orig");
    }

    @Test
    void findsCopyWithEndingCut() {
        assertThat(detector.add("cut", original.subList(0, 4))).contains("orig");
    }

    @Test
    void findsCopyWithOtherBoilerplate() {
        List<String> site = new ArrayList<>();
        site.add("Home | News | Local | Sign in");
        site.addAll(original.subList(0, original.size() - 1));
        site.add("Sign up for our morning newsletter to get the day's local news in your inbox.");
        site.add("© 2026 Larkspur Evening Post. All rights reserved. Read our privacy policy.");
        assertThat(detector.add("site", site)).contains("orig");
    }

    @Test
    void findsCopyUnderDifferentHeadline() {
        var copy = TestArticles.article("headline", "Blue Route gets green light after decade of rows", original);
        assertThat(detector.add(copy)).contains("orig");
    }

    @Test
    void findsCopyWithLightEditsInEveryParagraph() {
        List<String> edited = original.stream()
                .map(p -> p.replace("on Tuesday night", "late on Tuesday").replace("said", "told reporters"))
                .toList();
        assertThat(detector.add("edited", edited)).contains("orig");
    }

    @Test
    void leavesDifferentArticleOnSameEventAlone() {
        assertThat(detector.add("other", TestArticles.paragraphs("tram-other.txt"))).isEmpty();
    }

    @Test
    void leavesArticleOnAnotherEventAlone() {
        assertThat(detector.add("flood", TestArticles.paragraphs("flood.txt"))).isEmpty();
    }

    @Test
    void linksCopyOfCopyToFirstOriginal() {
        detector.add("cut", original.subList(0, 6));
        assertThat(detector.add("cut-again", original.subList(0, 5))).contains("orig");
    }

    @Test
    void addingSameIdAgainChangesNothing() {
        detector.add("cut", original.subList(0, 5));
        assertThat(detector.add("cut", List.of("anything else entirely"))).contains("orig");
        assertThat(detector.add("orig", original)).isEmpty();
    }

    @Test
    void identicalTextUnderNewIdIsCopy() {
        assertThat(detector.add("again", original)).contains("orig");
    }

    @Test
    void survivesEmptyAndTinyBodies() {
        assertThat(detector.add("empty", List.of())).isEmpty();
        assertThat(detector.add("blank", List.of("", "   ", "\u0000\u0001"))).isEmpty();
        assertThat(detector.add("tiny", List.of("Larkspur council votes."))).isEmpty();
    }

    @Test
    void fingerprintsGiveTheSameDecisionAsParagraphs() {
        var fresh = new NearDuplicateDetector();
        fresh.add("orig", fresh.fingerprint(original));
        assertThat(fresh.add("cut", fresh.fingerprint(original.subList(0, 4)))).contains("orig");
    }

    @Test
    void copySharesABucketKeyAndReachesTheContainmentBar() {
        var a = detector.fingerprint(original);
        var b = detector.fingerprint(original.subList(0, 4));
        assertThat(detector.bucketKeys(a)).hasSize(detector.settings().bands()).containsAnyOf(detector.bucketKeys(b));
        assertThat(detector.containment(a, b)).isGreaterThanOrEqualTo(detector.settings().minContainment());
    }

    @Test
    void shortBodyHasNoBucketKeys() {
        var tiny = detector.fingerprint(java.util.List.of("Too short to compare."));
        assertThat(tiny.comparable()).isFalse();
        assertThat(detector.bucketKeys(tiny)).isEmpty();
    }
}
