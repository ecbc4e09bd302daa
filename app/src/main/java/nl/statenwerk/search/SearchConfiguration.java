package nl.statenwerk.search;

import nl.statenwerk.core.StatenwerkProperties;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    static final String INDEXING = "searchIndexing";

    static final int INDEXING_THREADS = 8;

    /**
     * Threads for keeping the index in step. Each waits for the commit that holds its change before its event counts
     * as handled, and one commit serves all who wait for it: the more threads, the fewer commits an import costs.
     * They read the database {@link SearchService#READERS} at a time, which leaves the connection pool to the rest.
     * Waiting events are in the event publication registry as well, so a crash loses none.
     */
    @Bean(INDEXING)
    ThreadPoolTaskExecutor searchIndexing() {
        ThreadPoolTaskExecutor executor = new DrainingExecutor();
        executor.setCorePoolSize(INDEXING_THREADS);
        executor.setMaxPoolSize(INDEXING_THREADS);
        executor.setThreadNamePrefix("search-indexing-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    /**
     * At shutdown, drops the waiting updates and lets the running ones finish: interrupting a thread that writes the
     * index or reads the database closes their files under them (Lucene's IndexWriter and H2 both treat that as a
     * tragedy). The dropped updates are still in the event publication registry and are made again at the next start.
     */
    static final class DrainingExecutor extends ThreadPoolTaskExecutor {

        @Override
        public void initiateShutdown() {
            dropWaiting();
            super.initiateShutdown();
        }

        @Override
        public void shutdown() {
            dropWaiting();
            super.shutdown();
        }

        private void dropWaiting() {
            try {
                getThreadPoolExecutor().getQueue().clear();
            } catch (IllegalStateException notStarted) {
                // never initialised: nothing waits
            }
        }
    }

    @Bean
    SearchEngine.Opener searchEngine(SearchProperties search, StatenwerkProperties statenwerk) {
        return switch (search.engine()) {
            case LUCENE -> () -> new LuceneSearchEngine(statenwerk.home().resolve("index"));
            case OPENSEARCH -> {
                SearchProperties.OpenSearch cluster = search.opensearch();
                if (cluster.url() == null) {
                    throw new IllegalStateException(
                            "statenwerk.search.engine=opensearch needs statenwerk.search.opensearch.url");
                }
                yield () -> new OpenSearchEngine(transport(cluster), cluster.indexPrefix());
            }
        };
    }

    /** HTTP to the cluster, with basic authentication when a user name is set; TLS as the URL's scheme says. */
    static OpenSearchTransport transport(SearchProperties.OpenSearch cluster) {
        HttpHost host = HttpHost.create(cluster.url());
        return ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .setHttpClientConfigCallback(client -> {
                    if (cluster.username() != null && !cluster.username().isBlank()) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(
                                new AuthScope(host),
                                new UsernamePasswordCredentials(
                                        cluster.username(),
                                        (cluster.password() == null ? "" : cluster.password()).toCharArray()));
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    return client;
                })
                .build();
    }
}
