/**
 * Explanations in the service: an OpenAI-compatible model through LangChain4j, built at run time
 * from {@code rootline.llm.*}, a cache per (incident, evidence revision), a bounded wait so that
 * reports never wait long, and metrics. The domain (checks, template, redaction) is in
 * {@code dev.rootline.rca.explain}; docs/adr/011-explanations.md says why it is shaped so.
 */
package dev.rootline.app.explain;
