package dev.rootline.app.explain;

import dev.rootline.core.privacy.Redactor;
import dev.rootline.core.rca.Explanation;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.explain.EvidenceRevision;
import dev.rootline.rca.explain.ExplainListener;
import dev.rootline.rca.explain.Explainer;
import dev.rootline.rca.explain.LanguageModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Gives every report an explanation before it goes out, without holding it up: the model's when it
 * answers (and passes the check) within the timeout, the template's otherwise. A model answer that
 * arrives later is kept, and the caller hears of the incident, so that its next revision, made
 * soon, carries it. One model call per (incident, evidence revision); calls run on two threads of
 * their own, with a short queue: when it is full the template answers. Thread-safe.
 */
public final class Explanations implements AutoCloseable {
  private static final int THREADS = 2;
  private static final int QUEUE = 32;

  private final Explainer template;
  private final Explainer model;
  private final ExplainMetrics metrics;
  private final ExplanationCache cache;
  private final long timeoutNanos;
  private final Clock clock;
  private final ThreadPoolExecutor executor;

  private Explanations(LlmSettings settings, LanguageModel languageModel, ExplainMetrics metrics, Clock clock) {
    Redactor redactor = Redactor.of(settings.redactIps());
    this.template = Explainer.template(redactor);
    this.model = languageModel == null ? null : Explainer.checked(languageModel, settings.model(), redactor, metrics);
    this.metrics = metrics;
    this.cache = new ExplanationCache(settings.cacheSize(), settings.retryAfter().toMillis());
    this.timeoutNanos = settings.timeout().toNanos();
    this.clock = clock;
    this.executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), runnable -> {
          Thread thread = new Thread(runnable, "rootline-explain");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Explanations from the configured OpenAI-compatible model, or from the template when none is. */
  public static Explanations of(LlmSettings settings, MeterRegistry registry, Clock clock) {
    ExplainMetrics metrics = new ExplainMetrics(registry);
    return new Explanations(settings, settings.enabled() ? OpenAiModel.of(settings, metrics) : null, metrics, clock);
  }

  /** Explanations from the given model, e.g. one in memory; the template when it is null. */
  static Explanations of(LlmSettings settings, LanguageModel model, MeterRegistry registry, Clock clock) {
    return new Explanations(settings, model, new ExplainMetrics(registry), clock);
  }

  /** Whether a model is configured. */
  public boolean usesModel() {
    return model != null;
  }

  /** The report with its explanation; waits for the model at most the timeout. */
  public RcaReport explain(RcaReport report, Consumer<String> lateForIncident) {
    return explainAll(List.of(report), lateForIncident).get(0);
  }

  /**
   * The reports with their explanations, in the same order; waits for the model at most the timeout
   * in all. {@code lateForIncident} hears, on another thread, the id of each incident whose model
   * explanation arrived after its report had to go out with the template's.
   */
  public List<RcaReport> explainAll(List<RcaReport> reports, Consumer<String> lateForIncident) {
    if (model == null) {
      return reports.stream().map(r -> {
        metrics.explained(ExplainListener.Outcome.TEMPLATE, List.of());
        return r.withExplanation(template.explain(r));
      }).toList();
    }
    long deadline = System.nanoTime() + timeoutNanos;
    List<CompletableFuture<Explanation>> pending = reports.stream().map(this::start).toList();
    List<RcaReport> explained = new ArrayList<>(reports.size());
    for (int i = 0; i < reports.size(); i++) {
      explained.add(reports.get(i).withExplanation(await(reports.get(i), pending.get(i), deadline, lateForIncident)));
    }
    return explained;
  }

  private CompletableFuture<Explanation> start(RcaReport report) {
    ExplanationCache.Lookup lookup = cache.lookup(EvidenceRevision.key(report), clock.millis());
    if (!lookup.fresh()) {
      return lookup.future();
    }
    CompletableFuture<Explanation> future = lookup.future();
    try {
      executor.execute(() -> {
        try {
          future.complete(model.explain(report));
        } catch (RuntimeException e) { // the explainer promises not to throw; never leave the future open
          future.complete(template.explain(report));
        }
      });
    } catch (RejectedExecutionException e) {
      metrics.explained(ExplainListener.Outcome.FAILED, List.of("too many explanations under way"));
      future.complete(template.explain(report));
    }
    return future;
  }

  private Explanation await(RcaReport report, CompletableFuture<Explanation> future, long deadline,
      Consumer<String> lateForIncident) {
    try {
      Explanation kept = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (kept.source() == Explanation.Source.MODEL) {
        return kept;
      }
      // a template kept for an earlier revision: write it afresh, the incident may have resolved since
    } catch (TimeoutException e) {
      metrics.late();
      future.thenAccept(late -> {
        if (late.source() == Explanation.Source.MODEL) {
          lateForIncident.accept(report.id());
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // cannot happen: the future is only ever completed normally
    }
    return template.explain(report);
  }

  /** Stops the calls under way; reports made after this get the template. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
