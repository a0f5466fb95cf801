package dev.rootline.anomaly;

/**
 * What a baseline expects of one window, on its model's scale.
 *
 * @param level    the expected value (for ratios the pooled baseline ratio)
 * @param spread   the robust standard deviation around it, floored by the model's noise (for
 *                 ratios: how much wider than binomial the window-to-window noise is, at least 1)
 * @param low      the lowest value the baseline holds (seasonally adjusted)
 * @param high     the highest value the baseline holds (seasonally adjusted)
 * @param support  the requests behind a ratio baseline (for other models, the values behind it)
 * @param seasonal whether the daily profile shaped the expectation
 */
record Expectation(double level, double spread, double low, double high, double support, boolean seasonal) {}
