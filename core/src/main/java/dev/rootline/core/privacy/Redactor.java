package dev.rootline.core.privacy;

/**
 * Masks secrets and personal data in text that is about to leave the process (a prompt to a language
 * model, a chat message): tokens, passwords, keys, e-mail addresses, payment card numbers, and IP
 * addresses when asked. What is masked becomes a placeholder such as {@code <SECRET>}, so the text
 * still reads. Implementations are thread-safe and never throw on any input.
 */
@FunctionalInterface
public interface Redactor {

  /** The text with what must not leave masked; the same text when there is nothing to mask. */
  String redact(String text);

  /** Secrets, e-mail addresses and payment card numbers; IP addresses stay. */
  static Redactor standard() {
    return RuleRedactor.STANDARD;
  }

  /** As {@link #standard()}, and IPv4 and IPv6 addresses too. */
  static Redactor withIpAddresses() {
    return RuleRedactor.WITH_IPS;
  }

  /** {@link #withIpAddresses()} when {@code ips}, else {@link #standard()}. */
  static Redactor of(boolean ips) {
    return ips ? withIpAddresses() : standard();
  }
}
