package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * The contract against a real OpenSearch node (started by {@link OpenSearchTestNode}), plus the check that the
 * index's analysers, built from OpenSearch's filters, produce the terms of {@link DutchAnalysis}.
 */
class OpenSearchEngineContractTest extends SearchEngineContract {

    private final String prefix = OpenSearchTestNode.freshPrefix();

    @Override
    SearchEngine open() {
        return new OpenSearchEngine(OpenSearchTestNode.transport(), prefix);
    }

    @AfterEach
    void dropIndex() throws IOException {
        try (var transport = OpenSearchTestNode.transport()) {
            new OpenSearchClient(transport).indices().delete(d -> d.index(index()));
        }
    }

    private String index() {
        return prefix + "search-v" + OpenSearchEngine.SCHEMA;
    }

    @Test
    void theIndexTakesAnEditedSynonymListWhenTheEngineOpens() throws IOException {
        engine.close();
        // as if the index had been created with an older list, without "ps"
        String older = "{\"index\":{\"analysis\":{\"filter\":{\"nl_synonyms\":{\"type\":\"synonym_graph\","
                + "\"synonyms\":[\"gs, gedeputeerde staten\"]}}}}}";
        request("POST", "/" + index() + "/_close", null);
        request("PUT", "/" + index() + "/_settings", older);
        request("POST", "/" + index() + "/_open?wait_for_active_shards=1", null);
        assertThat(analyze("nl_query", "PS")).containsExactly("ps");

        engine = open();

        assertThat(engine.search(SearchQuery.of("PS")).hits())
                .extracting(SearchResult.Hit::id)
                .containsExactly("a1");
    }

    @Test
    void anIndexOfAnOlderSchemaIsDroppedAndOneOfANewerKept() throws IOException {
        String other = OpenSearchTestNode.freshPrefix();
        request("PUT", "/" + other + "search-v0", null);
        request("PUT", "/" + other + "search-v99", null);

        new OpenSearchEngine(OpenSearchTestNode.transport(), other).close();

        try (var transport = OpenSearchTestNode.transport()) {
            var indices = new OpenSearchClient(transport).indices();
            assertThat(indices.exists(e -> e.index(other + "search-v0")).value())
                    .isFalse();
            assertThat(indices.exists(e -> e.index(other + "search-v99")).value())
                    .isTrue();
            assertThat(indices.exists(e -> e.index(other + "search-v" + OpenSearchEngine.SCHEMA))
                            .value())
                    .isTrue();
            indices.delete(d -> d.index(other + "search-v99", other + "search-v" + OpenSearchEngine.SCHEMA));
        }
    }

    private void request(String method, String endpoint, @Nullable String body) throws IOException {
        try (var transport = OpenSearchTestNode.transport()) {
            var request = Requests.builder().method(method).endpoint(endpoint);
            if (body != null) {
                request.body(Body.from(body.getBytes(StandardCharsets.UTF_8), "application/json"));
            }
            try (var response = new OpenSearchClient(transport).generic().execute(request.build())) {
                assertThat(response.getStatus()).as(method + " " + endpoint).isLessThan(300);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "moties en amendementen",
                "vergaderingen van Gedeputeerde Staten",
                "statenvoorstellen over bestemmingsplannen",
                "gemeenten, fracties en provincies",
                "subsidies voor huisartsen",
                "ideeën in het café",
                "windmolens en windmolenparken",
                "de begrotingen en plannen",
                "huisartsenpraktijken en omgevingsvisies",
                "natuurbeheerplan stikstofdepositie",
            })
    void theIndexTermsAreThoseOfTheLuceneEngine(String text) {
        List<String> lucene = sorted(tokens(DutchAnalysis.indexing(), text));
        List<String> opensearch = new ArrayList<>(analyze("nl_index", text));
        opensearch.addAll(analyze("nl_parts", DutchAnalysis.compoundParts(text)));
        assertThat(sorted(opensearch)).isEqualTo(lucene);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "PS",
                "GS en CdK",
                "Provinciale Staten",
                "RES windmolens",
                "moties over het OV",
                "ideeën voor bestemmingsplannen",
                "gedeputeerden",
            })
    void theQueryTermsAreThoseOfTheLuceneEngine(String text) {
        assertThat(sorted(analyze("nl_query", text))).isEqualTo(sorted(tokens(DutchAnalysis.querying(), text)));
    }

    private List<String> analyze(String analyzer, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        try (var transport = OpenSearchTestNode.transport()) {
            return new OpenSearchClient(transport)
                    .indices().analyze(a -> a.index(index()).analyzer(analyzer).text(text)).tokens().stream()
                            .map(AnalyzeToken::token)
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(DutchAnalysis.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static List<String> sorted(List<String> tokens) {
        return tokens.stream().sorted().toList();
    }
}
