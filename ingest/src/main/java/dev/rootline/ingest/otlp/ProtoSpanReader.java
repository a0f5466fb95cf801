package dev.rootline.ingest.otlp;

import static dev.rootline.ingest.otlp.AttributeKeys.EVENT;
import static dev.rootline.ingest.otlp.AttributeKeys.RESOURCE;
import static dev.rootline.ingest.otlp.AttributeKeys.SPAN;
import static dev.rootline.ingest.otlp.ProtoFields.field;

import dev.rootline.core.telemetry.Resource;
import dev.rootline.core.telemetry.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a protobuf {@code ExportTraceServiceRequest} straight into {@link Span}s, walking
 * ResourceSpans, ScopeSpans and Span by field number (trace.proto). It reads only what the core
 * records hold and skips the rest undecoded, so a span costs little more than its own records.
 * One reader per record.
 */
final class ProtoSpanReader {
  private final ProtoFields in;
  private final SpanDraft draft;
  private final ItemRules rules;
  private final byte[] record;
  private final long[] id = new long[2];
  private final ResourceCache resources = ResourceCache.get();
  private final List<Span> spans = new ArrayList<>();
  private int resourceNumber;
  private int spanNumber;
  private boolean inSpan;

  ProtoSpanReader(byte[] record, ItemRules rules) {
    this.rules = rules;
    this.record = record;
    this.draft = new SpanDraft(rules);
    this.in = new ProtoFields(record, rules.limits(), draft);
  }

  List<Span> read() {
    try {
      for (int tag = in.tag(); tag != 0; tag = in.tag()) {
        if (field(tag) == 1) {
          resourceSpans(tag);
        } else {
          in.skip(tag);
        }
      }
      return spans;
    } catch (IOException e) {
      throw new InvalidRecordException(
          "truncated or garbled protobuf" + where() + ": " + OtlpRequests.describe(e, record), e);
    }
  }

  private void resourceSpans(int tag) throws IOException {
    resourceNumber++;
    spanNumber = 0;
    int oldLimit = in.enter(tag);
    int first = spans.size();
    Resource resource = Resources.UNKNOWN;
    boolean resourceSeen = false;
    draft.startResource();
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      switch (field(tag)) {
        case 1 -> {
          resource = resource(tag, !resourceSeen);
          resourceSeen = true;
          Resources.reattach(spans, first, resource);
        }
        case 2 -> scopeSpans(tag, resource);
        default -> in.skip(tag);
      }
    }
    in.exit(oldLimit);
  }

  /**
   * Reads a resource; a repeated resource field merges into the earlier one, as protobuf merges.
   * The first is looked up by its bytes before it is decoded: senders repeat their resource in
   * every batch.
   */
  private Resource resource(int tag, boolean first) throws IOException {
    int length = in.messageLength(tag);
    int offset = in.position();
    if (first) {
      Resource known = resources.find(record, offset, length, rules.limits(), draft.resourceValues());
      if (known != null) {
        in.skipBytes(length);
        return known;
      }
    }
    int oldLimit = in.enterMessage(length);
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      if (field(tag) == 1) {
        in.keyValue(tag, RESOURCE);
      } else {
        in.skip(tag);
      }
    }
    in.exit(oldLimit);
    Resource resource = draft.resource();
    if (first) {
      resources.put(record, offset, length, rules.limits(), draft.resourceValues(), resource);
    }
    return resource;
  }

  private void scopeSpans(int tag, Resource resource) throws IOException {
    int oldLimit = in.enter(tag);
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      if (field(tag) == 2) {
        span(tag, resource);
      } else {
        in.skip(tag);
      }
    }
    in.exit(oldLimit);
  }

  private void span(int tag, Resource resource) throws IOException {
    if (spans.size() == rules.limits().maxItemsPerRecord()) {
      throw new InvalidRecordException(rules.tooManyItems("spans"));
    }
    spanNumber++;
    inSpan = true;
    int oldLimit = in.enter(tag);
    draft.startSpan();
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      spanField(tag);
    }
    in.exit(oldLimit);
    inSpan = false;
    spans.add(draft.span(resource, spanNumber, resourceNumber));
  }

  private void spanField(int tag) throws IOException {
    switch (field(tag)) {
      case 1 -> draft.traceId(in.id(tag, id), id);
      case 2 -> draft.spanId(in.id(tag, id), id);
      case 4 -> draft.parentSpanId(in.id(tag, id), id);
      case 5 -> draft.name = in.string(tag);
      case 6 -> draft.kind = in.enumValue(tag);
      case 7 -> draft.startNanos = in.fixed64(tag);
      case 8 -> draft.endNanos = in.fixed64(tag);
      case 9 -> in.keyValue(tag, SPAN);
      case 11 -> event(tag);
      case 15 -> status(tag);
      default -> in.skip(tag);
    }
  }

  private void event(int tag) throws IOException {
    int oldLimit = in.enter(tag);
    draft.startEvent();
    long time = 0;
    String name = "";
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      switch (field(tag)) {
        case 1 -> time = in.fixed64(tag);
        case 2 -> name = in.key(tag);
        case 3 -> in.keyValue(tag, EVENT);
        default -> in.skip(tag);
      }
    }
    in.exit(oldLimit);
    draft.endEvent(name, time);
  }

  private void status(int tag) throws IOException {
    int oldLimit = in.enter(tag);
    for (tag = in.tag(); tag != 0; tag = in.tag()) {
      switch (field(tag)) {
        case 2 -> {
          String message = in.string(tag);
          draft.statusMessage = message.isEmpty() ? null : message;
        }
        case 3 -> draft.statusCode = in.enumValue(tag);
        default -> in.skip(tag);
      }
    }
    in.exit(oldLimit);
  }

  private String where() {
    if (inSpan) {
      return " in " + ItemRules.spanAt(spanNumber, resourceNumber);
    }
    return resourceNumber > 0 ? " in resource " + resourceNumber : "";
  }
}
