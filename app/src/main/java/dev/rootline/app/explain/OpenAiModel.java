package dev.rootline.app.explain;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import dev.rootline.rca.explain.Answer;
import dev.rootline.rca.explain.LanguageModel;
import dev.rootline.rca.explain.ModelException;
import dev.rootline.rca.explain.Prompt;

/**
 * {@link LanguageModel} over any OpenAI-compatible chat-completions endpoint, through LangChain4j's
 * OpenAI client: JSON response format, no retries of its own (the checked explainer asks again
 * once), a timeout per call. Built at run time from the settings, so it never fails startup: an
 * unreachable endpoint shows as failed calls.
 */
final class OpenAiModel implements LanguageModel {
  /** Hears the tokens each call used. */
  @FunctionalInterface
  interface TokenMeter {
    void used(int input, int output);
  }

  private final ChatModel chat;
  private final TokenMeter tokens;

  private OpenAiModel(ChatModel chat, TokenMeter tokens) {
    this.chat = chat;
    this.tokens = tokens;
  }

  static OpenAiModel of(LlmSettings settings, TokenMeter tokens) {
    ChatModel chat = OpenAiChatModel.builder()
        .baseUrl(settings.baseUrl())
        .apiKey(settings.apiKey() == null ? "none" : settings.apiKey())
        .modelName(settings.model())
        .temperature(settings.temperature())
        .maxTokens(settings.maxTokens())
        .responseFormat("json_object")
        .timeout(settings.requestTimeout())
        .maxRetries(0)
        .build();
    return new OpenAiModel(chat, tokens);
  }

  @Override
  public Answer answer(Prompt prompt) {
    ChatResponse response;
    try {
      response = chat.chat(ChatRequest.builder()
          .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())).build());
    } catch (RuntimeException e) {
      throw new ModelException(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), e);
    }
    TokenUsage usage = response.tokenUsage();
    if (usage != null) {
      tokens.used(orZero(usage.inputTokenCount()), orZero(usage.outputTokenCount()));
    }
    return AnswerJson.read(response.aiMessage() == null ? null : response.aiMessage().text());
  }

  private static int orZero(Integer count) {
    return count == null ? 0 : count;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
