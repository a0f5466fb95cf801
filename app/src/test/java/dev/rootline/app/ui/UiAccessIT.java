package dev.rootline.app.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code rootline.ui.token} set, the pages and their API answer only those who show it. */
@QuarkusTest
@TestProfile(UiAccessIT.WithToken.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class UiAccessIT {
  static final String TOKEN = "s3cret-ui-token";
  private static final String ID = "inc-ui-access";

  /** The same application with a UI token. */
  public static class WithToken implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("rootline.ui.token", TOKEN);
    }
  }

  @Inject
  ReportStore reports;

  @BeforeEach
  void incident() {
    Instant t0 = Instant.parse("2092-01-01T00:00:00Z");
    reports.save(ReportFixtures.report(ID, 1, t0, t0.plusSeconds(60)));
  }

  @Test
  void api_withoutTheToken_is401_withAWrongOne_too() {
    given().get("/api/incidents").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    given().get("/api/incidents/{id}/labels", ID).then().statusCode(401);
    given().auth().oauth2("not-" + TOKEN).get("/api/incidents/{id}", ID).then().statusCode(401);
    given().contentType(ContentType.JSON).body(Map.of("service", "checkout"))
        .post("/api/incidents/{id}/label", ID).then().statusCode(401);
  }

  @Test
  void api_withTheBearerToken_answers() {
    given().auth().oauth2(TOKEN).get("/api/incidents/{id}", ID).then().statusCode(200);
    given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
        .body(Map.of("service", "checkout", "indicator", "code-change"))
        .post("/api/incidents/{id}/label", ID).then().statusCode(201);
    given().auth().oauth2(TOKEN).get("/incidents/{id}", ID).then().statusCode(200).body(containsString(ID));
  }

  @Test
  void pages_withoutTheToken_goToTheTokenPage() {
    given().redirects().follow(false).get("/incidents").then().statusCode(303)
        .header("Location", endsWith("/incidents/token"));
    given().redirects().follow(false).get("/incidents/{id}", ID).then().statusCode(303);
    given().get("/incidents/token").then().statusCode(200).body(containsString("needs its UI token"));
  }

  @Test
  void tokenPage_givesACookieThatOpensPagesAndApi_butNotForAWrongToken() {
    given().redirects().follow(false).formParam("token", "wrong").post("/incidents/token").then().statusCode(401)
        .header("Set-Cookie", nullValue());
    String cookie = given().redirects().follow(false).formParam("token", TOKEN).post("/incidents/token").then()
        .statusCode(303).extract().cookie(UiAccess.COOKIE);

    given().cookie(UiAccess.COOKIE, cookie).get("/incidents").then().statusCode(200).body(containsString(ID));
    given().cookie(UiAccess.COOKIE, cookie).get("/api/incidents/{id}/labels", ID).then().statusCode(200);
    // the cookie holds the token's digest: the raw token in its place is refused
    given().cookie(UiAccess.COOKIE, TOKEN).get("/api/incidents").then().statusCode(401);
  }

  @Test
  void otherEndpoints_stayOpen() {
    given().get("/q/health/live").then().statusCode(200);
  }
}
