package dev.rootline.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {
  private static final Redactor STANDARD = Redactor.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      password in key=value      | login failed password=hunter2 user=7      | hunter2
      token in JSON              | {"token": "abc123def456"}                   | abc123def456
      api key with dash          | api-key: k-9f8e7d6c5b4a                     | k-9f8e7d6c5b4a
      bearer token               | Authorization: Bearer eyZZZ0123456789abcdef | eyZZZ0123456789abcdef
      JWT alone                  | sent eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig123 | eyJhbGciOiJIUzI1NiJ9
      AWS access key             | using AKIAIOSFODNN7EXAMPLE now              | AKIAIOSFODNN7EXAMPLE
      OpenAI style key           | key sk-proj-AbCdEf0123456789xyzXYZ           | AbCdEf0123456789xyzXYZ
      GitHub token               | ghp_0123456789abcdefghijABCDEFGHIJ012345 pushed | ghp_0123456789abcdefghij
      Slack token                | xoxb-123456789012-abcdefABCDEF              | xoxb-123456789012
      URL credentials            | postgres://app:s3cr3t@db:5432/orders        | s3cr3t
      e-mail address             | mail to jane.doe+ops@example.co.uk failed   | jane.doe
      card number with spaces    | card 4111 1111 1111 1111 declined           | 4111 1111 1111 1111
      card number plain          | pan=5500005555555559                        | 5500005555555559
      """)
  void standard_masksPlantedSecret(String caption, String text, String secret) {
    assertThat(STANDARD.redact(text)).doesNotContain(secret);
  }

  @Test
  void standard_keepsOrdinaryFindingsReadable() {
    String finding = "checkout 2.3.9 -> 2.4.0 at 10:14:20; 19% of PlaceOrder spans fail, 1840 ms p99, order 1234567";

    assertThat(STANDARD.redact(finding)).isEqualTo(finding);
  }

  @Test
  void standard_keepsIpAddresses_withIpAddressesMasksThem() {
    String text = "connect to 10.0.3.17:5432 and fe80::1ff:fe23:4567:890a refused";

    assertThat(STANDARD.redact(text)).isEqualTo(text);
    assertThat(Redactor.withIpAddresses().redact(text))
        .isEqualTo("connect to <IP>:5432 and <IP> refused");
  }

  @Test
  void standard_masksPrivateKeyBlockWhole() {
    String text = "key -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- loaded";

    assertThat(STANDARD.redact(text)).isEqualTo("key <SECRET> loaded").doesNotContain("MIIEow");
  }

  @Test
  void standard_leavesLongNumberThatFailsLuhn() {
    assertThat(STANDARD.redact("trace 1234567890123456")).isEqualTo("trace 1234567890123456");
  }

  @Test
  void redact_toleratesHostileInputQuickly() {
    String hostile = "password=" + "a".repeat(100_000) + "@" + "b.".repeat(50_000);

    assertThat(Redactor.withIpAddresses().redact(hostile)).contains("<SECRET>");
  }
}
