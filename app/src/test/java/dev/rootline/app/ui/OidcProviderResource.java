package dev.rootline.app.ui;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts an {@link OidcProvider} before Rootline and turns OIDC on against it, with a required role. */
public class OidcProviderResource implements QuarkusTestResourceLifecycleManager {
  static final String ROLE = "rootline-viewer";
  /** The running provider, for the test to sign tokens with; the resource and the test share one JVM. */
  static volatile OidcProvider provider;

  @Override
  public Map<String, String> start() {
    try {
      provider = OidcProvider.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test OIDC provider", e);
    }
    return Map.of("rootline.ui.oidc.enabled", "true", "rootline.ui.oidc.auth-server-url", provider.issuer(),
        "rootline.ui.oidc.client-id", OidcProvider.CLIENT_ID, "rootline.ui.oidc.role", ROLE,
        "rootline.ui.token", UiAccessIT.TOKEN);
  }

  @Override
  public void stop() {
    if (provider != null) {
      provider.close();
    }
  }
}
