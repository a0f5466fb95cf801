package dev.rootline.simulator.sink;

class InMemoryTelemetrySinkTest extends TelemetrySinkContract {
  private InMemoryTelemetrySink sink;

  @Override
  TelemetrySink open() {
    sink = new InMemoryTelemetrySink();
    return sink;
  }

  @Override
  Written readBack() {
    return new Written(sink.spans(), sink.metrics(), sink.logs(), sink.deploys());
  }
}
