package dev.rootline.app.rca;

import dev.rootline.rca.report.ReportSink;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The report sink used until a stored one is wired in: it logs each report. A {@link DefaultBean},
 * so any other {@link ReportSink} bean (the report store's) replaces it without a change here.
 */
@ApplicationScoped
class ReportSinks {
  private static final Logger LOG = Logger.getLogger(ReportSinks.class);

  @Produces
  @Singleton
  @DefaultBean
  ReportSink loggingSink() {
    return report -> LOG.infof("report %s revision %d", report.id(), report.revision());
  }
}
