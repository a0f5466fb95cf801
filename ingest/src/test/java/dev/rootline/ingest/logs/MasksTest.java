package dev.rootline.ingest.logs;

import static dev.rootline.ingest.logs.LogLines.NPE;
import static dev.rootline.ingest.logs.LogLines.NPE_WITH_STACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MasksTest {

  @Test
  void mask_replacesVariableTokensWithTypedPlaceholders() {
    Tables.check("""
        Connection to db-3 timed out after 3000 ms          => Connection to db-<NUM> timed out after <DUR>
        GET /api/orders/12345/items took 12ms status=200    => GET /api/orders/<NUM>/items took <DUR> status=<NUM>
        retry 2 of 5 in 1m30s (backoff 0.25 s)              => retry <NUM> of <NUM> in <DUR> (backoff <DUR>)
        request 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f done   => request <UUID> done
        trace 4bf92f3577b34da6a3ce929d0e0e4736 span 0x1f    => trace <HEX> span <HEX>
        from 10.0.3.17:51234 via fe80::1ff:fe23:4567:890a   => from <IP>:<NUM> via <IP>
        2026-03-02 10:15:00,123 ERROR [main] c.s.Cart - x   => <TS> ERROR [main] c.s.Cart - x
        at 2026-03-02T10:15:00.5Z and at 10:16:01           => at <TS> and at <TS>
        Unknown column 'user_id' in "field list"            => Unknown column <STR> in <STR>
        mail to bob.smith+shop@example.co.uk bounced        => mail to <EMAIL> bounced
        ts 1709374500000 amount -12.50 version 1.2.3.       => ts <NUM> amount <NUM> version <NUM>.
        a decade of facade, deadbeef, v2, sha256            => a decade of facade, deadbeef, v2, sha256
        level=error msg="dial 10.0.0.5: refused" n=3        => level=error msg="dial <IP>: refused" n=<NUM>
        {"msg":"payment failed","order":"ord-8812","n":3}   => {"msg": "payment failed", "order": "ord-<NUM>", "n": <NUM>}
        """, Masks::mask);
  }

  @Test
  void redact_hidesSecretsAndPersonalDataButKeepsOtherValues() {
    Tables.check("""
        login ok for bob@example.com after 3 tries             => login ok for <EMAIL> after 3 tries
        db.password=hunter2 retries=3                          => db.password=<SECRET> retries=3
        {"user":"bob","password":"p@ss w0rd"}                  => {"user":"bob","password":<SECRET>}
        Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl => Authorization: Bearer <SECRET>
        id_token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl ok => id_token <SECRET> ok
        x-api-key: 9f8e7d6c5b4a, session_id=77aa                => x-api-key: <SECRET>, session_id=<SECRET>
        charged 4111 1111 1111 1111 amount 12.50               => charged <CARD> amount 12.50
        charged 5500-0000-0000-0004 ok                         => charged <CARD> ok
        order 4111111111111112 shipped                         => order 4111111111111112 shipped
        postgres://app:s3cr3t@db-3:5432/orders unreachable     => postgres://<SECRET>@db-3:5432/orders unreachable
        aws key AKIAIOSFODNN7EXAMPLE rejected                  => aws key <SECRET> rejected
        -----BEGIN RSA PRIVATE KEY----- MIIEow                 => <SECRET>
        """, Masks::redact);
  }

  @Test
  void mask_keepsSecretsOutOfTemplatesToo() {
    assertThat(Masks.mask("card 4111111111111111 of bob@example.com, token=a1b2c3"))
        .isEqualTo("card <CARD> of <EMAIL>, token=<SECRET>");
  }

  @Test
  void firstLine_skipsBlankLinesAndDropsTheStackTrace() {
    assertThat(Masks.firstLine("\n  \n" + NPE_WITH_STACK, 1000)).isEqualTo(NPE);
  }

  @Test
  void firstLine_cutsBeforeTheWordThatCrossesTheLimit() {
    assertThat(Masks.firstLine("alpha beta gamma", 12)).isEqualTo("alpha beta");
    assertThat(Masks.firstLine("abcdefghijklmnop", 8)).isEqualTo("abcdefgh");
  }

  @Test
  void mask_staysLinearOnLongRepetitiveLines() {
    String[] hostile = {"\"" + "1.".repeat(2_000) + "a@" + "b.".repeat(2_000), "a1".repeat(4_000),
        "'" + "x ".repeat(4_000), "password=" + "=".repeat(8_000), "4 ".repeat(4_000)};
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      for (String line : hostile) {
        assertThat(Masks.mask(line)).isNotEmpty();
      }
    });
  }
}
