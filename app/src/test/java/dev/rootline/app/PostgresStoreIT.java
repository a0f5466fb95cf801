package dev.rootline.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rootline.app.report.ReportFixtures;
import dev.rootline.app.report.ReportJson;
import dev.rootline.core.rca.RcaReport;
import dev.rootline.rca.report.ReportSink;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same build switched to PostgreSQL by {@code rootline.store.kind} alone: migrated at start,
 * reports kept there and served.
 */
@QuarkusTest
@TestProfile(PostgresStoreIT.OnPostgres.class)
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
class PostgresStoreIT {

  /** Rootline with its store on a PostgreSQL server started for this class. */
  public static class OnPostgres implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PostgresResource.class));
    }
  }

  @Inject
  ReportSink sink;

  @Test
  void acceptedReport_isKeptInPostgres_andServed() throws Exception {
    RcaReport report = ReportFixtures.CHECKOUT_BAD_DEPLOY;

    sink.accept(report);

    try (Connection connection = PostgresResource.database().getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT revision, state, top_indicator, services FROM incidents WHERE id = ?")) {
      select.setString(1, report.id());
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("row in PostgreSQL").isTrue();
        assertThat(row.getInt("revision")).isEqualTo(3);
        assertThat(row.getString("state")).isEqualTo("open");
        assertThat(row.getString("top_indicator")).isEqualTo("code-change");
        assertThat(row.getString("services")).isEqualTo("[\"checkout\",\"frontend\"]");
      }
    }
    String served = given().get("/api/incidents/{id}", report.id()).then().statusCode(200).extract().asString();
    assertThat(ReportJson.read(served)).isEqualTo(report);
  }
}
