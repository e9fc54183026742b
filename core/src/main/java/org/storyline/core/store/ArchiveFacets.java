package org.storyline.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Facet counts from sorted-set doc values (no side taxonomy index, so one directory and one atomic
 * commit hold everything). The ordinal map is built once per reader and reused until the next refresh.
 */
final class ArchiveFacets {

    private final FacetsConfig config;
    private IndexReader cachedReader;
    private SortedSetDocValuesReaderState cachedState;

    ArchiveFacets(FacetsConfig config) {
        this.config = config;
    }

    Map<String, List<FacetCount>> count(IndexSearcher searcher, Query query, int top, List<String> dims) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts facets = facets(searcher, query);
        for (String dim : dims) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult result = facets == null ? null : topChildren(facets, top, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            counts.put(dim, values);
        }
        return counts;
    }

    FacetResult result(IndexSearcher searcher, Query query, int top, String dim) throws IOException {
        SortedSetDocValuesFacetCounts facets = facets(searcher, query);
        return facets == null ? null : topChildren(facets, Math.max(1, top), dim);
    }

    private SortedSetDocValuesFacetCounts facets(IndexSearcher searcher, Query query) throws IOException {
        SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
        if (state == null) {
            return null;
        }
        FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
        return new SortedSetDocValuesFacetCounts(state, collector);
    }

    private static FacetResult topChildren(SortedSetDocValuesFacetCounts facets, int top, String dim) throws IOException {
        try {
            return facets.getTopChildren(top, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }

    /** {@code null} while the index holds no faceted document yet. */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (reader != cachedReader) {
            try {
                cachedState = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException noFacetsYet) {
                cachedState = null;
            }
            cachedReader = reader;
        }
        return cachedState;
    }
}
