package org.storyline.core.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Disjoint sets over passage indexes, read back as groups in passage order. */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    List<List<Passage>> groups(List<Passage> passages) {
        var groups = new LinkedHashMap<Integer, List<Passage>>();
        for (var p : passages) {
            groups.computeIfAbsent(find(p.index()), k -> new ArrayList<>()).add(p);
        }
        return List.copyOf(groups.values());
    }
}
