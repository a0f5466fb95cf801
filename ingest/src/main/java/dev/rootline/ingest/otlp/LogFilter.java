package dev.rootline.ingest.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;

/** Takes the log records that break the shared rules out of a parsed logs request. */
final class LogFilter {
  private LogFilter() {}

  static FilteredRequest<ExportLogsServiceRequest> filter(ExportLogsServiceRequest request, ItemRules rules) {
    Rejections rejections = new Rejections(rules, "log records");
    ExportLogsServiceRequest.Builder kept = ExportLogsServiceRequest.newBuilder();
    int resourceNumber = 0;
    for (ResourceLogs resource : request.getResourceLogsList()) {
      int r = ++resourceNumber;
      int logNumber = 0;
      ResourceLogs.Builder keptResource = resource.toBuilder().clearScopeLogs();
      for (ScopeLogs scope : resource.getScopeLogsList()) {
        ScopeLogs.Builder keptScope = scope.toBuilder().clearLogRecords();
        for (LogRecord log : scope.getLogRecordsList()) {
          int n = ++logNumber;
          if (rejections.keep(LogRecords.problem(log, rules), () -> ItemRules.logAt(n, r))) {
            keptScope.addLogRecords(log);
          }
        }
        if (keptScope.getLogRecordsCount() > 0) {
          keptResource.addScopeLogs(keptScope);
        }
      }
      if (keptResource.getScopeLogsCount() > 0) {
        kept.addResourceLogs(keptResource);
      }
    }
    return rejections.result(request, kept::build);
  }
}
