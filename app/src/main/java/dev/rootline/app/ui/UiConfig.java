package dev.rootline.app.ui;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The incident pages and their API: {@code rootline.ui.*} (environment: {@code ROOTLINE_UI_*}).
 */
@ConfigMapping(prefix = "rootline.ui")
public interface UiConfig {
  /**
   * {@code rootline.ui.token} ({@code ROOTLINE_UI_TOKEN}): when set, {@code /incidents} and
   * {@code /api/incidents} answer only requests with {@code Authorization: Bearer <token>} or the
   * cookie that {@code /incidents/token} sets; unset (the default), they are open. Not used when
   * OIDC is on.
   */
  Optional<String> token();

  /** OpenID Connect bearer tokens instead of the shared token. */
  Oidc oidc();

  /**
   * {@code rootline.ui.oidc.*} ({@code ROOTLINE_UI_OIDC_*}); {@code application.properties} hands the
   * provider settings on to {@code quarkus.oidc.*}.
   */
  interface Oidc {
    /**
     * {@code rootline.ui.oidc.enabled} ({@code ROOTLINE_UI_OIDC_ENABLED}), default false: when true,
     * the pages and their API answer only requests with a valid bearer token from the provider at
     * {@code rootline.ui.oidc.auth-server-url} (its issuer, signed by a key it publishes, not expired).
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * {@code rootline.ui.oidc.auth-server-url} ({@code ROOTLINE_UI_OIDC_AUTH_SERVER_URL}): the provider's
     * base URL, where {@code .well-known/openid-configuration} is found (a Keycloak realm URL, for one).
     */
    Optional<String> authServerUrl();

    /**
     * {@code rootline.ui.oidc.client-id} ({@code ROOTLINE_UI_OIDC_CLIENT_ID}), default {@code rootline}:
     * the client Rootline is at the provider; roles in {@code resource_access.<client-id>.roles} count.
     */
    @WithDefault("rootline")
    String clientId();

    /**
     * {@code rootline.ui.oidc.role} ({@code ROOTLINE_UI_OIDC_ROLE}): when set, a valid token must also
     * carry this role (in {@code groups}, {@code realm_access.roles} or the client's roles), else 403.
     */
    Optional<String> role();
  }
}
