package dev.rootline.app.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on an ephemeral local port that speaks OpenAI's chat-completions protocol
 * ({@code POST /v1/chat/completions}): it answers with scripted replies, in turn (the last one
 * repeats), and keeps every request body it received.
 */
final class FakeOpenAi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted reply: a status, and the assistant's content for a 200. */
  record Reply(int status, String content, boolean hang) {
    static Reply answer(String content) {
      return new Reply(200, content, false);
    }

    static Reply status(int status) {
      return new Reply(status, null, false);
    }

    /** Holds the request open until {@link FakeOpenAi#release()}, then answers with the content. */
    static Reply hangThenAnswer(String content) {
      return new Reply(200, content, true);
    }
  }

  static final int PROMPT_TOKENS = 812;
  static final int COMPLETION_TOKENS = 143;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);
  private Reply last;

  FakeOpenAi(Reply... replies) {
    script.addAll(List.of(replies));
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/v1/chat/completions", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** The request bodies received so far, in order. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** Lets hanging requests answer. */
  void release() {
    released.countDown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Reply reply = next();
      if (reply.hang() && !released.await(30, TimeUnit.SECONDS)) {
        return;
      }
      byte[] body = (reply.status() == 200 ? completion(reply.content())
          : "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), body.length);
      exchange.getResponseBody().write(body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Reply next() {
    if (!script.isEmpty()) {
      last = script.removeFirst();
    }
    return last;
  }

  private static String completion(String content) {
    ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
        .put("created", 1_772_000_000L).put("model", "test-model");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", content);
    body.putObject("usage").put("prompt_tokens", PROMPT_TOKENS).put("completion_tokens", COMPLETION_TOKENS)
        .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
    return body.toString();
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
