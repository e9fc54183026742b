package org.storyline.core.story;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Disjoint sets over passage indexes, read back as groups in passage order. A group stands for one fact,
 * which an article states once: two groups that hold sentences of the same article are not joined, which
 * keeps a chain of pairwise matches across many articles from gluing different facts together. Nor are
 * groups joined that would hold two sentences kept apart (sentences whose numbers clash).
 */
final class UnionFind {

    private final int[] parent;
    private final BitSet[] articles;
    private final BitSet[] members;
    private final BitSet[] apart;

    UnionFind(int size, IntUnaryOperator articleOf) {
        parent = new int[size];
        articles = new BitSet[size];
        members = new BitSet[size];
        apart = new BitSet[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            articles[i] = new BitSet();
            articles[i].set(articleOf.applyAsInt(i));
            members[i] = new BitSet();
            members[i].set(i);
            apart[i] = new BitSet();
        }
    }

    /** Keeps {@code a} and {@code b} in different groups from now on (their numbers clash). */
    void keepApart(int a, int b) {
        apart[find(a)].set(b);
        apart[find(b)].set(a);
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the groups of {@code a} and {@code b} unless they share an article; says whether they are one now. */
    boolean unionIfDisjoint(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        if (articles[ra].intersects(articles[rb]) || apart[ra].intersects(members[rb]) || apart[rb].intersects(members[ra])) {
            return false;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent[child] = root;
        articles[root].or(articles[child]);
        members[root].or(members[child]);
        apart[root].or(apart[child]);
        return true;
    }

    List<List<Passage>> groups(List<Passage> passages) {
        var groups = new LinkedHashMap<Integer, List<Passage>>();
        for (var p : passages) {
            groups.computeIfAbsent(find(p.index()), k -> new ArrayList<>()).add(p);
        }
        return List.copyOf(groups.values());
    }
}
