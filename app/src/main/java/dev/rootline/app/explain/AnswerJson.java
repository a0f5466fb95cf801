package dev.rootline.app.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rootline.rca.explain.Answer;
import dev.rootline.rca.explain.ModelException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model's answer, the JSON object the prompt asks for. Tolerates what local models often
 * add around it (a Markdown code fence, a sentence before or after); anything else is not an answer.
 */
final class AnswerJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private AnswerJson() {}

  /** @throws ModelException when the text holds no answer of the requested shape */
  static Answer read(String text) {
    if (text == null) {
      throw new ModelException("the model's answer is empty");
    }
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new ModelException("the model's answer is not a JSON object");
    }
    try {
      JsonNode json = MAPPER.readTree(text.substring(start, end + 1));
      return new Answer(string(json, "summary"), string(json, "likely_cause"), cause(json.get("cause")),
          strings(json, "evidence_ids"), strings(json, "mitigations"), strings(json, "next_checks"));
    } catch (IOException e) {
      throw new ModelException("the model's answer is not valid JSON: " + firstLine(e.getMessage()), e);
    }
  }

  private static String string(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || !value.isTextual()) {
      throw new ModelException("the model's answer has no text field '" + field + "'");
    }
    return value.asText();
  }

  private static String cause(JsonNode value) {
    return value == null || value.isNull() || !value.isTextual() ? null : value.asText();
  }

  private static List<String> strings(JsonNode json, String field) {
    JsonNode value = json.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      return out;
    }
    if (!value.isArray()) {
      throw new ModelException("the model's answer has no list field '" + field + "'");
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new ModelException("the model's answer has a non-text item in '" + field + "'");
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
