package dev.rootline.app.report;

import dev.rootline.rca.report.ReportStore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Builds the report store that {@code rootline.store.kind} names. */
@ApplicationScoped
class StoreWiring {
  private static final Logger LOG = Logger.getLogger(StoreWiring.class);

  @Produces
  @Singleton
  ReportStore reportStore(StoreConfig config,
      @DataSource("h2") InjectableInstance<AgroalDataSource> h2,
      @DataSource("postgresql") InjectableInstance<AgroalDataSource> postgresql) {
    StoreKind kind = config.kind();
    LOG.infof("Reports are kept in %s", kind == StoreKind.MEMORY
        ? "memory (lost on exit)" : withoutParameters(config.url().orElse(kind.defaultUrl())));
    return switch (kind) {
      case H2 -> new JdbcReportStore(h2.get());
      case POSTGRESQL -> new JdbcReportStore(postgresql.get());
      case MEMORY -> ReportStore.inMemory(config.memoryCapacity());
    };
  }

  /** The URL up to its parameters, which may hold a password. */
  private static String withoutParameters(String url) {
    int end = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      end = at < 0 ? end : Math.min(end, at);
    }
    return url.substring(0, end);
  }
}
