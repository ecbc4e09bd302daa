package nl.statenwerk.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String INDEXING = "searchIndexing";

    /**
     * Two threads for keeping the index in step: enough to overlap database reads with index writes on a small
     * machine, few enough to leave the connection pool to the rest. Waiting events are in the event publication
     * registry as well, so a crash loses none.
     */
    @Bean(INDEXING)
    ThreadPoolTaskExecutor searchIndexing() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("search-indexing-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
