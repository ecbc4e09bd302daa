package nl.statenwerk.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.xml.sax.InputSource;

/**
 * The Dutch analysis of council texts, with Lucene's components: standard tokenizer, lower case, diacritics folded,
 * Dutch stop words, compounds split on Dutch hyphenation points (index side only, so that a search for a part finds
 * the whole, but a search for the whole does not find every part), council stem overrides before Snowball's Dutch
 * stemmer, and the synonyms of provincial politics (query side only, so the list can change without a reindex).
 */
final class DutchAnalysis {

    static final String TEXT = "text";
    static final String SPELL = "spell";
    static final String COMPLETE = "complete";

    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final HyphenationTree HYPHENATION = hyphenation();
    private static final StemmerOverrideMap STEM_OVERRIDES = stemOverrides();
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, folded(tokenizer));
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return folded(in);
        }
    };
    private static final SynonymMap SYNONYMS = synonyms();
    private static final Analyzer COMPOUNDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new StopFilter(folded(tokenizer), STOP_WORDS);
            return new TokenStreamComponents(tokenizer, decompounded(stream));
        }
    };

    private DutchAnalysis() {}

    /** Analysis when indexing: text fields decompound and stem; the spelling field folds only. */
    static Analyzer indexing() {
        return perField(
                new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String field) {
                        StandardTokenizer tokenizer = new StandardTokenizer();
                        TokenStream stream = new StopFilter(folded(tokenizer), STOP_WORDS);
                        return new TokenStreamComponents(tokenizer, stemmed(decompounded(stream)));
                    }

                    @Override
                    protected TokenStream normalize(String field, TokenStream in) {
                        return folded(in);
                    }
                },
                new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String field) {
                        StandardTokenizer tokenizer = new StandardTokenizer();
                        return new TokenStreamComponents(
                                tokenizer, new EdgeNGramTokenFilter(folded(tokenizer), 1, 20, true));
                    }
                });
    }

    /** Analysis of queries: text fields get the synonyms and stem; no decompounding. */
    static Analyzer querying() {
        return perField(
                new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String field) {
                        StandardTokenizer tokenizer = new StandardTokenizer();
                        TokenStream stream = new SynonymGraphFilter(folded(tokenizer), SYNONYMS, true);
                        stream = new StopFilter(stream, STOP_WORDS);
                        return new TokenStreamComponents(tokenizer, stemmed(stream));
                    }

                    @Override
                    protected TokenStream normalize(String field, TokenStream in) {
                        return folded(in);
                    }
                },
                FOLDING);
    }

    /**
     * The parts that the index side splits off the compounds in {@code text}, before stemming, separated by spaces:
     * for an engine that cannot split Dutch compounds itself (OpenSearch without pattern files on its nodes), which
     * indexes these in a field of their own with the same stemming.
     */
    static String compoundParts(String text) {
        StringBuilder parts = new StringBuilder();
        try (TokenStream stream = COMPOUNDS.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // a part stands on the position of its compound; the compound itself is indexed from the text
                if (increment.getPositionIncrement() == 0) {
                    parts.append(parts.isEmpty() ? "" : " ").append(term);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts.toString();
    }

    /** The stem overrides as {@code word => stem} rules, as OpenSearch's {@code stemmer_override} takes them. */
    static List<String> stemOverrideRules() {
        return lines("stem-overrides.txt").stream()
                .map(line -> line.split("\t"))
                .map(pair -> pair[0] + " => " + pair[1])
                .toList();
    }

    /** The synonyms in Solr's format, one group a line, as OpenSearch's {@code synonym_graph} takes them. */
    static List<String> synonymLines() {
        return lines("synonyms.txt");
    }

    private static List<String> lines(String resource) {
        try (var reader =
                new java.io.BufferedReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms that a search for {@code text} looks for in the text fields: stems, and the synonyms' stems. */
    static List<String> queryTerms(String text) {
        return terms(querying(), TEXT, text);
    }

    /** The words of {@code text}, lower case and folded. */
    static List<String> foldedTokens(String text) {
        return terms(FOLDING, SPELL, text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Lower case and folded, for spelling suggestions and prefix queries. */
    static Analyzer folding() {
        return FOLDING;
    }

    private static Analyzer perField(Analyzer text, Analyzer complete) {
        Map<String, Analyzer> analyzers =
                Map.of(TEXT, text, SPELL, FOLDING, COMPLETE, complete, "fractie", FOLDING, "type", FOLDING);
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return analyzers.getOrDefault(field, text);
            }
        };
    }

    private static TokenStream folded(TokenStream input) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(input));
    }

    private static TokenStream decompounded(TokenStream input) {
        return new HyphenationCompoundWordTokenFilter(input, HYPHENATION, null, 8, 4, 15, false);
    }

    private static TokenStream stemmed(TokenStream input) {
        TokenStream stream = new StemmerOverrideFilter(input, STEM_OVERRIDES);
        stream = new SuffixRule(stream, false);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new SuffixRule(stream, true);
    }

    /**
     * Two gaps of Snowball's Dutch stemmer that split plural from singular in council words: it removes one suffix
     * only, so "windmolens" stems to "windmolen" but "windmolen" to "windmol" (before stemming, a long word's
     * "-ens" loses its "s"); and it undoubles only k, d and t, so "plannen" stems to "plann" (after stemming, a
     * final double consonant is undoubled).
     */
    private static final class SuffixRule extends org.apache.lucene.analysis.TokenFilter {

        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.KeywordAttribute keyword =
                addAttribute(org.apache.lucene.analysis.tokenattributes.KeywordAttribute.class);
        private final boolean afterStemming;

        SuffixRule(TokenStream input, boolean afterStemming) {
            super(input);
            this.afterStemming = afterStemming;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword()) {
                return true;
            }
            char[] b = term.buffer();
            int n = term.length();
            if (!afterStemming) {
                if (n > 6 && b[n - 3] == 'e' && b[n - 2] == 'n' && b[n - 1] == 's') {
                    term.setLength(n - 1);
                }
            } else if (n > 4 && b[n - 1] == b[n - 2] && "bfglmnprs".indexOf(b[n - 1]) >= 0) {
                term.setLength(n - 1);
            }
            return true;
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DutchAnalysis.class.getResourceAsStream("/search/" + name);
        if (in == null) {
            throw new IllegalStateException("resource /search/" + name + " is missing from the application");
        }
        return in;
    }

    private static HyphenationTree hyphenation() {
        try (InputStream in = resource("hyph_nl.xml")) {
            HyphenationTree tree = new HyphenationTree();
            tree.loadPatterns(new InputSource(in));
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StemmerOverrideMap stemOverrides() {
        try {
            StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
            for (String line : lines("stem-overrides.txt")) {
                String[] pair = line.split("\t");
                builder.add(pair[0], pair[1]);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap synonyms() {
        try (Reader reader = new InputStreamReader(resource("synonyms.txt"), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, FOLDING);
            parser.parse(reader);
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("search/synonyms.txt cannot be read", e);
        }
    }
}
