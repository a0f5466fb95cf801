package dev.rootline.app.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.rootline.app.KafkaBrokerResource;
import dev.rootline.app.report.ReportFixtures;
import dev.rootline.rca.report.ReportStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With OIDC on, against a real local provider ({@link OidcProvider}): the pages and their API take
 * the provider's valid tokens with the role, refuse everything else, and leave other endpoints alone.
 */
@QuarkusTest
@TestProfile(UiOidcIT.WithOidc.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class UiOidcIT {
  private static final String ID = "inc-ui-oidc";
  private static final List<String> VIEWER = List.of(OidcProviderResource.ROLE);

  /** The application with OIDC on, the provider started first. */
  public static class WithOidc implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(OidcProviderResource.class));
    }
  }

  @Inject
  ReportStore reports;

  @BeforeEach
  void incident() {
    Instant t0 = Instant.parse("2091-01-01T00:00:00Z");
    reports.save(ReportFixtures.report(ID, 1, t0, t0.plusSeconds(60)));
  }

  private static OidcProvider provider() {
    return OidcProviderResource.provider;
  }

  @Test
  void validTokenWithTheRole_opensApiAndPages_andLabels() {
    String token = provider().token(VIEWER, c -> {});

    given().auth().oauth2(token).get("/api/incidents/{id}", ID).then().statusCode(200);
    given().auth().oauth2(token).get("/incidents/{id}", ID).then().statusCode(200).body(containsString(ID));
    given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("service", "checkout", "by", "mallory"))
        .post("/api/incidents/{id}/label", ID).then().statusCode(201).body("by", equalTo("ana"));
  }

  @Test
  void noToken_is401_onApiAndPages() {
    given().get("/api/incidents").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    given().redirects().follow(false).get("/incidents/{id}", ID).then().statusCode(401);
  }

  @Test
  void expiredToken_is401() {
    String expired = provider().token(VIEWER, c -> {
      c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
      c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
    });

    given().auth().oauth2(expired).get("/api/incidents/{id}", ID).then().statusCode(401);
  }

  @Test
  void wrongIssuer_is401() {
    String foreign = provider().token(VIEWER, c -> c.setIssuer("http://127.0.0.1:1/realms/elsewhere"));

    given().auth().oauth2(foreign).get("/api/incidents/{id}", ID).then().statusCode(401);
  }

  @Test
  void unsignedToken_orOneSignedByAnUnpublishedKey_is401() throws Exception {
    given().auth().oauth2(provider().unsignedToken(VIEWER)).get("/api/incidents/{id}", ID).then().statusCode(401);
    given().auth().oauth2(provider().tokenSignedByAnotherKey(VIEWER)).get("/api/incidents/{id}", ID).then()
        .statusCode(401);
  }

  @Test
  void validTokenWithoutTheRole_is403() {
    String token = provider().token(List.of("someone-else"), c -> {});

    given().auth().oauth2(token).get("/api/incidents/{id}", ID).then().statusCode(403)
        .body(containsString(OidcProviderResource.ROLE));
  }

  @Test
  void sharedUiToken_isNotAcceptedOnceOidcIsOn() {
    given().auth().oauth2(UiAccessIT.TOKEN).get("/api/incidents/{id}", ID).then().statusCode(401);
    given().redirects().follow(false).get("/incidents/token").then().statusCode(303);
  }

  @Test
  void otherEndpoints_ignoreBearerTokens() {
    given().auth().oauth2("not-a-jwt").get("/q/health/live").then().statusCode(200);
    given().auth().oauth2("not-a-jwt").get("/api/deploys").then().statusCode(200);
  }
}
