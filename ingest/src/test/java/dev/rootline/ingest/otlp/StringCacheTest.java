package dev.rootline.ingest.otlp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringCacheTest {
  private final StringCache cache = StringCache.get();

  @Test
  void utf8_returnsTheSameInstanceForRepeatedText() {
    byte[] first = "GET /cart/{id}".getBytes(UTF_8);
    byte[] second = ("xx" + "GET /cart/{id}").getBytes(UTF_8);

    assertThat(cache.utf8(second, 2, first.length)).isSameAs(cache.utf8(first, 0, first.length))
        .isEqualTo("GET /cart/{id}");
  }

  @Test
  void utf8_decodesMultiByteTextAndRejectsMalformedBytes() {
    byte[] text = "Zürich – 東京".getBytes(UTF_8);

    assertThat(cache.utf8(text, 0, text.length)).isEqualTo("Zürich – 東京");
    assertThat(cache.utf8(new byte[] {'a', (byte) 0xC3}, 0, 2)).isNull();
  }

  @Test
  void utf8_keepsAGenuineReplacementCharacter() {
    byte[] text = "bad \uFFFD char".getBytes(UTF_8);

    assertThat(cache.utf8(text, 0, text.length)).isEqualTo("bad \uFFFD char");
  }

  @Test
  void chars_returnsTheSameInstanceForRepeatedText() {
    char[] chars = "{\"name\":\"checkout\"}".toCharArray();

    assertThat(cache.chars(chars, 9, 8)).isSameAs(cache.chars("checkout".toCharArray(), 0, 8)).isEqualTo("checkout");
  }

  @Test
  void utf8_decodesLongTextWithoutCaching() {
    byte[] text = "x".repeat(StringCache.MAX_CACHED_LENGTH + 1).getBytes(UTF_8);

    assertThat(cache.utf8(text, 0, text.length)).hasSize(StringCache.MAX_CACHED_LENGTH + 1)
        .isNotSameAs(cache.utf8(text, 0, text.length));
  }

  @Test
  void utf8_keepsTextsApartThatDifferOnlyWhereTheHashDoesNotLook() {
    // Same length, same first, middle and last eight bytes: the same slot, told apart by comparison.
    String a = "/api/items/AAA/0000/list/by-id/00000000";
    String b = "/api/items/BBB/0000/list/by-id/00000000";
    for (int i = 0; i < 3; i++) {
      assertThat(cache.utf8(a.getBytes(UTF_8), 0, a.length())).isEqualTo(a);
      assertThat(cache.utf8(b.getBytes(UTF_8), 0, b.length())).isEqualTo(b);
    }
  }
}
