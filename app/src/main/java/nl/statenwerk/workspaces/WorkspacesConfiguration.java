package nl.statenwerk.workspaces;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.CouncilObjectChanged;
import nl.statenwerk.council.Organization;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileTextExtracted;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspacesProperties.class)
class WorkspacesConfiguration {

    @Bean
    JdbcWorkspaces workspaces(
            JdbcClient jdbc,
            Council council,
            FileCatalog files,
            Accounts accounts,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            WorkspacesProperties properties) {
        return new JdbcWorkspaces(
                jdbc, council, files, accounts, audit, new TransactionTemplate(transactionManager), properties);
    }

    static final String PURGE_BIN = "purge-workspace-bin";

    /** Once a day, at night: what has been in a bin longer than it can be restored goes for good. */
    @Bean
    RecurringTask<Void> purgeBinTask(ObjectProvider<JdbcWorkspaces> workspaces) {
        return Tasks.recurring(PURGE_BIN, Schedules.daily(ZoneId.of("Europe/Amsterdam"), LocalTime.of(3, 45)))
                .execute((instance, context) -> workspaces.getObject().purgeBin(Instant.now()));
    }

    /**
     * Makes a workspace when a fractie, committee, presidium or body appears in the council's data, and keeps the text
     * of uploaded files searchable once it is extracted.
     */
    @Component
    static class Listeners {

        private final JdbcWorkspaces workspaces;
        private final Council council;

        Listeners(JdbcWorkspaces workspaces, Council council) {
            this.workspaces = workspaces;
            this.council = council;
        }

        @ApplicationModuleListener
        void on(CouncilObjectChanged event) {
            switch (event.type()) {
                case "Organization" ->
                    council.find(Organization.class, event.id()).ifPresent(workspaces::ensure);
                case "Body" -> council.find(Body.class, event.id()).ifPresent(workspaces::ensure);
                default -> {}
            }
        }

        @ApplicationModuleListener
        void on(FileTextExtracted event) {
            workspaces.textExtracted(event.fileId());
        }
    }
}
