package dev.rootline.app.ui;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The incident pages and their API: {@code rootline.ui.*} (environment: {@code ROOTLINE_UI_*}).
 */
@ConfigMapping(prefix = "rootline.ui")
public interface UiConfig {
  /**
   * {@code rootline.ui.token} ({@code ROOTLINE_UI_TOKEN}): when set, {@code /incidents} and
   * {@code /api/incidents} answer only requests with {@code Authorization: Bearer <token>} or the
   * cookie that {@code /incidents/token} sets; unset (the default), they are open.
   */
  Optional<String> token();
}
