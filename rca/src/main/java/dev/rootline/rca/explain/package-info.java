/**
 * The report's findings in plain words: a port ({@link dev.rootline.rca.explain.Explainer}), a
 * template that always works, and the checks a language model's answer must pass before it is
 * used. The model reads redacted findings only and never changes the ranking.
 */
package dev.rootline.rca.explain;
