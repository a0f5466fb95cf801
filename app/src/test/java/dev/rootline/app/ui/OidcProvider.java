package dev.rootline.app.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A real, small OpenID Connect provider for tests: a JDK HTTP server on an ephemeral port serving the
 * discovery document and a JWKS with an RSA key generated here, and tokens signed with that key.
 */
final class OidcProvider implements AutoCloseable {
  static final String CLIENT_ID = "rootline";
  private final HttpServer server;
  private final RsaJsonWebKey key;
  private final String issuer;

  private OidcProvider(HttpServer server, RsaJsonWebKey key) {
    this.server = server;
    this.key = key;
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/rootline";
  }

  static OidcProvider start() throws IOException, JoseException {
    RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("test-key-1");
    key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    key.setUse("sig");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    OidcProvider provider = new OidcProvider(server, key);
    String jwks = new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    String discovery = "{\"issuer\": \"" + provider.issuer + "\", \"jwks_uri\": \"" + provider.issuer
        + "/certs\", \"id_token_signing_alg_values_supported\": [\"RS256\"]}";
    server.createContext("/realms/rootline/.well-known/openid-configuration", e -> json(e, discovery));
    server.createContext("/realms/rootline/certs", e -> json(e, jwks));
    server.start();
    return provider;
  }

  String issuer() {
    return issuer;
  }

  /** A token for {@code ana} with the roles, valid five minutes, signed by the provider's key; then {@code change}. */
  String token(List<String> roles, Consumer<JwtClaims> change) {
    return sign(claims(roles, change), key);
  }

  /** The same claims signed by a key the provider never published. */
  String tokenSignedByAnotherKey(List<String> roles) throws JoseException {
    RsaJsonWebKey other = RsaJwkGenerator.generateJwk(2048);
    other.setKeyId(key.getKeyId());
    return sign(claims(roles, c -> {}), other);
  }

  /** The claims with {@code "alg": "none"} and no signature. */
  String unsignedToken(List<String> roles) {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + url.encodeToString(claims(roles, c -> {}).toJson().getBytes(StandardCharsets.UTF_8)) + ".";
  }

  private JwtClaims claims(List<String> roles, Consumer<JwtClaims> change) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setSubject("ana");
    claims.setAudience(CLIENT_ID);
    claims.setClaim("preferred_username", "ana");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(5);
    claims.setStringListClaim("groups", roles);
    change.accept(claims);
    return claims;
  }

  private static String sign(JwtClaims claims, RsaJsonWebKey by) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(by.getPrivateKey());
    jws.setKeyIdHeaderValue(by.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void json(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
