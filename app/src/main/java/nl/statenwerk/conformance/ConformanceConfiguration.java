package nl.statenwerk.conformance;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import nl.statenwerk.files.FileCatalog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConformanceProperties.class)
class ConformanceConfiguration {

    static final String CHECK_CONFORMANCE = "check-conformance";

    @Bean(destroyMethod = "close")
    PdfValidator pdfValidator(ConformanceProperties properties) {
        return new PdfValidator(properties.timeout(), properties.maxSize().toBytes());
    }

    @Bean
    JdbcConformance conformance(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            FileCatalog files,
            PdfValidator validator,
            ConformanceProperties properties) {
        return new JdbcConformance(
                jdbc,
                new TransactionTemplate(transactionManager),
                files,
                validator,
                properties.maxSize().toBytes());
    }

    /**
     * The job that checks one content; its instance id is the content's SHA-256, so content that several files share
     * is checked once, and content already checked by this veraPDF version is not checked again. It does not fail:
     * an uncheckable file is a result, so there is nothing to retry. The checker is looked up when the job runs: the
     * scheduler is built with every task, and the checker needs the file catalog, which needs the scheduler.
     */
    @Bean
    OneTimeTask<Void> checkConformanceTask(ObjectProvider<JdbcConformance> checker) {
        return Tasks.oneTime(CHECK_CONFORMANCE).execute((instance, context) -> {
            JdbcConformance conformance = checker.getObject();
            String sha256 = instance.getId();
            if (!conformance.isChecked(sha256)) {
                conformance.check(sha256);
            }
        });
    }

    @Bean
    ConformanceScheduling conformanceScheduling(
            FileCatalog files,
            com.github.kagkarlsson.scheduler.SchedulerClient scheduler,
            OneTimeTask<Void> checkConformanceTask,
            ConformanceProperties properties) {
        return new ConformanceScheduling(files, scheduler, checkConformanceTask, properties.enabled());
    }
}
