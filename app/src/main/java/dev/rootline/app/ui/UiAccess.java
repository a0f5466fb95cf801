package dev.rootline.app.ui;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who may open the incident pages and their API. With OIDC on, whoever shows a valid bearer token of
 * the provider (and the role, when one is required). Otherwise everyone when no {@code rootline.ui.token}
 * is set, or whoever shows the token, as a bearer token or as the cookie the token page sets. The
 * cookie holds a digest of the token, so it cannot be replayed as a bearer token elsewhere.
 */
@ApplicationScoped
public class UiAccess {
  static final String COOKIE = "rootline_ui_token";
  private final Optional<byte[]> token;
  private final boolean oidc;
  private final Optional<String> role;

  UiAccess(UiConfig config) {
    this.oidc = config.oidc().enabled();
    this.token = oidc ? Optional.empty()
        : config.token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.role = config.oidc().role().filter(r -> !r.isBlank());
  }

  /** Whether the provider's bearer tokens decide, rather than the shared token. */
  boolean oidc() {
    return oidc;
  }

  /** The role an OIDC identity must have, if any. */
  Optional<String> role() {
    return role;
  }

  boolean open() {
    return !oidc && token.isEmpty();
  }

  /** True when the token is configured and {@code presented} is it. */
  boolean isToken(String presented) {
    return token.isPresent() && presented != null
        && MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** True when the token is configured and {@code cookie} is its digest. */
  boolean isCookie(String cookie) {
    return token.isPresent() && cookie != null
        && MessageDigest.isEqual(cookieValue().getBytes(StandardCharsets.US_ASCII),
            cookie.getBytes(StandardCharsets.US_ASCII));
  }

  /** The cookie's value: the token's SHA-256, hex. */
  String cookieValue() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.orElseThrow());
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
