package nl.statenwerk.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings and mappings of the OpenSearch index: {@link DutchAnalysis} rebuilt from OpenSearch's built-in
 * filters, with everything that Lucene reads from our files sent inline, since a remote cluster has none of them.
 */
final class OpenSearchMapping {

    private static final List<String> FOLDED = List.of("lowercase", "asciifolding");
    /** Stop words, then {@code DutchAnalysis.stemmed}: overrides, the two suffix rules around Snowball. */
    private static final List<String> STEMMED =
            List.of("nl_stop", "nl_stem_overrides", "nl_plural_ens", "nl_snowball", "nl_double_consonant");

    private OpenSearchMapping() {}

    static Map<String, Object> settings() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("nl_stop", Map.of("type", "stop", "stopwords", "_dutch_"));
        filters.put(
                "nl_stem_overrides", Map.of("type", "stemmer_override", "rules", DutchAnalysis.stemOverrideRules()));
        // DutchAnalysis.SuffixRule before Snowball: a long word's plural "-ens" loses its "s". Unlike the Lucene
        // rule this one does not skip words that a stem override set, but no override's stem ends in "ens"
        filters.put("nl_plural_ens", Map.of("type", "pattern_replace", "pattern", "^(.{4,}en)s$", "replacement", "$1"));
        filters.put("nl_snowball", Map.of("type", "snowball", "language", "Dutch"));
        // DutchAnalysis.SuffixRule after Snowball: a final double consonant is undoubled; no override's stem has one
        filters.put(
                "nl_double_consonant",
                Map.of("type", "pattern_replace", "pattern", "^(.{3,}([bfglmnprs]))\\2$", "replacement", "$1"));
        filters.put("nl_synonyms", synonymFilter());
        filters.put(
                "nl_prefixes", Map.of("type", "edge_ngram", "min_gram", 1, "max_gram", 20, "preserve_original", true));

        Map<String, Object> analyzers = new LinkedHashMap<>();
        analyzers.put("folding", analyzer(FOLDED));
        analyzers.put("nl_index", analyzer(concat(FOLDED, STEMMED)));
        analyzers.put("nl_query", analyzer(concat(FOLDED, List.of("nl_synonyms"), STEMMED)));
        // the compound parts that DutchAnalysis sends: stemmed, but not stop-filtered, as Lucene splits after the
        // stop filter
        analyzers.put("nl_parts", analyzer(concat(FOLDED, STEMMED.subList(1, STEMMED.size()))));
        analyzers.put("prefixes", analyzer(concat(FOLDED, List.of("nl_prefixes"))));

        return Map.of(
                "index",
                // one shard: counts and facets are exact, and one province's papers fit in one easily; a replica
                // once the cluster has a second node
                Map.of("number_of_shards", 1, "auto_expand_replicas", "0-1"),
                "analysis",
                Map.of(
                        "filter", filters,
                        "analyzer", analyzers,
                        "normalizer", Map.of("folding", Map.of("type", "custom", "filter", FOLDED))));
    }

    static Map<String, Object> synonymFilter() {
        return Map.of("type", "synonym_graph", "synonyms", DutchAnalysis.synonymLines(), "expand", true);
    }

    static Map<String, Object> mappings(String schema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", Map.of("type", "keyword"));
        properties.put("root", Map.of("type", "keyword"));
        properties.put("type", Map.of("type", "keyword", "normalizer", "folding"));
        properties.put("titel", dutch(Map.of("copy_to", List.of("spell", "complete"))));
        properties.put("titel_parts", dutch(Map.of("analyzer", "nl_parts")));
        properties.put("text", dutch(Map.of("copy_to", List.of("spell"), "index_options", "offsets")));
        properties.put("text_parts", dutch(Map.of("analyzer", "nl_parts")));
        properties.put("spell", Map.of("type", "text", "analyzer", "folding"));
        properties.put("complete", Map.of("type", "text", "analyzer", "prefixes", "search_analyzer", "folding"));
        properties.put("fractie", Map.of("type", "text", "analyzer", "folding"));
        properties.put("segments", Map.of("type", "object", "enabled", false));
        properties.put("date", Map.of("type", "date", "format", "strict_date"));
        properties.put("published", Map.of("type", "date", "format", "epoch_millis"));
        properties.put("sourceId", Map.of("type", "keyword", "index", false, "doc_values", false));
        properties.put("generation", Map.of("type", "long"));
        properties.put("access", Map.of("type", "keyword"));
        properties.put("restricted", Map.of("type", "boolean"));
        properties.put("level", Map.of("type", "keyword", "index", false, "doc_values", false));
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String facet : SearchDocument.FACETS) {
            facets.put(facet, Map.of("type", "keyword"));
        }
        properties.put("facet", Map.of("type", "object", "properties", facets));
        return Map.of(
                "dynamic",
                "strict",
                // the parts are for matching only; nobody reads them back
                "_source",
                Map.of("excludes", List.of("titel_parts", "text_parts")),
                "_meta",
                Map.of("schema", schema, "complete", false, "generation", 0),
                "properties",
                properties);
    }

    private static Map<String, Object> dutch(Map<String, Object> more) {
        Map<String, Object> field =
                new LinkedHashMap<>(Map.of("type", "text", "analyzer", "nl_index", "search_analyzer", "nl_query"));
        field.putAll(more);
        return field;
    }

    private static Map<String, Object> analyzer(List<String> filters) {
        return Map.of("type", "custom", "tokenizer", "standard", "filter", filters);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
