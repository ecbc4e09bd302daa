package nl.statenwerk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Known-item queries simulated the way Azzopardi, de Rijke and Balog did for six European languages, Dutch among
 * them ("Building simulated queries for known-item topics", SIGIR 2007): a user who wants one document remembers a
 * few of its words, weighted by how characteristic they are of it (tf·idf), and now and then a word that is not in
 * it but is common in the collection (noise, with probability {@link #NOISE} per word). Query length is Poisson with
 * mean {@link #MEAN_LENGTH}, at least two and at most six words.
 *
 * <p>The words are the documents' surface words, lower-cased, as a person types them: nothing of our own analysis
 * (stemming, compounds, synonyms) goes into choosing them, so the set does not favour the engine it measures. The
 * parameters and the seed were fixed before the first measurement and are kept whatever it shows.
 */
final class SimulatedKnownItems {

    static final long SEED = 20_261_207L;

    static final double NOISE = 0.2;

    static final double MEAN_LENGTH = 3;

    private static final Set<?> STOP_WORDS = DutchAnalyzer.getDefaultStopSet();

    /** One simulated query, and whether a noise word went into it. */
    record Simulated(String answer, String text, boolean noisy) {}

    private SimulatedKnownItems() {}

    /**
     * One query per document, in the order of its key, drawn with {@code noise} as the chance that a word comes from
     * the collection instead of the document.
     *
     * @param documents text per answer (source id); sorted, so that the same corpus always gives the same queries
     */
    static List<Simulated> queries(SortedMap<String, String> documents, double noise, long seed) {
        Map<String, Map<String, Integer>> frequencies = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<String> collection = new ArrayList<>();
        documents.forEach((answer, text) -> {
            Map<String, Integer> tf = new HashMap<>();
            for (String word : words(text)) {
                tf.merge(word, 1, Integer::sum);
                collection.add(word);
            }
            tf.keySet().forEach(word -> documentFrequency.merge(word, 1, Integer::sum));
            frequencies.put(answer, tf);
        });
        int n = documents.size();
        Random random = new Random(seed);
        List<Simulated> queries = new ArrayList<>();
        for (String answer : documents.keySet()) {
            Map<String, Integer> tf = frequencies.get(answer);
            List<String> terms = tf.keySet().stream().sorted().toList();
            double[] weights = new double[terms.size()];
            double sum = 0;
            for (int i = 0; i < terms.size(); i++) {
                String t = terms.get(i);
                sum += weights[i] = tf.get(t) * Math.log((double) n / documentFrequency.get(t));
            }
            if (sum <= 0) {
                continue;
            }
            int length = Math.min(6, Math.max(2, poisson(random, MEAN_LENGTH)));
            Set<String> query = new LinkedHashSet<>();
            boolean noisy = false;
            // a bounded number of draws: a short document may have fewer distinct words than the length asks
            for (int draw = 0; query.size() < length && draw < 50; draw++) {
                if (random.nextDouble() < noise) {
                    String word = collection.get(random.nextInt(collection.size()));
                    if (query.add(word) && !tf.containsKey(word)) {
                        noisy = true;
                    }
                } else {
                    query.add(terms.get(pick(random, weights, sum)));
                }
            }
            queries.add(new Simulated(answer, String.join(" ", query), noisy));
        }
        return queries;
    }

    /** Words of three letters or more that are not stop words or numbers, lower-cased. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                words.add(word);
            }
        }
        return words;
    }

    private static int pick(Random random, double[] weights, double sum) {
        double at = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Knuth's method; fine for a small mean. */
    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
