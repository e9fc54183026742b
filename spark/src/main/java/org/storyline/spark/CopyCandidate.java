package org.storyline.spark;

import java.io.Serializable;

/** An earlier article that a later one copies, with the estimated containment that confirmed it. */
record CopyCandidate(OrderKey key, String id, OrderKey earlierKey, String earlierId, double containment)
        implements Serializable {

    /** The better of two confirmed candidates for one article: the higher containment, then the earlier. */
    static CopyCandidate better(CopyCandidate a, CopyCandidate b) {
        if (a.containment != b.containment) {
            return a.containment > b.containment ? a : b;
        }
        return a.earlierKey.compareTo(b.earlierKey) <= 0 ? a : b;
    }
}
