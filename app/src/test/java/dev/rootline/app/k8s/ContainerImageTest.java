package dev.rootline.app.k8s;

import static dev.rootline.app.k8s.Dockerfile.instructions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile at the repository root against what runs it: the Deployment's user, port and
 * writable paths, the modules the build needs, and a build context that keeps them. There is no
 * Docker engine on these machines, so the image itself is not built here.
 */
class ContainerImageTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final List<Overlay> OVERLAYS = List.of(Overlay.render("dev"), Overlay.render("prod"));
  private static final AppConfigKeys APP = new AppConfigKeys();
  private static final Dockerfile IMAGE = Dockerfile.atRoot();

  @Test
  void runsAsTheDeploymentsUserOnTheAppsPort() {
    List<String> runtime = IMAGE.finalStage();
    String httpPort = APP.defaultOf("quarkus.http.port");
    assertThat(instructions(runtime, "EXPOSE")).containsExactly(httpPort);
    for (Overlay overlay : OVERLAYS) {
      JsonNode security = overlay.podSpec().path("securityContext");
      assertThat(instructions(runtime, "USER")).containsExactly(security.path("runAsUser").asText());
      assertThat(overlay.container().path("ports").get(0).path("containerPort").asText()).isEqualTo(httpPort);
    }
  }

  @Test
  void createsForItsUserEveryWritablePathTheDeploymentMountsButTmp() {
    String image = String.join("\n", IMAGE.finalStage());
    String user = instructions(IMAGE.finalStage(), "USER").get(0);
    for (Overlay overlay : OVERLAYS) {
      for (String mount : overlay.container().path("volumeMounts").findValuesAsText("mountPath")) {
        if (!mount.equals("/tmp")) {
          assertThat(image).contains("mkdir -p").contains(mount)
              .containsPattern("chown " + user + ":" + user + " [^\\n]*" + Pattern.quote(mount));
        }
      }
    }
  }

  @Test
  void buildsEveryModuleOfTheProjectAndKeepsThemInTheBuildContext() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    List<String> modules = new ArrayList<>();
    while (module.find()) {
      modules.add(module.group(1));
    }
    assertThat(modules).contains("app", "core");
    List<String> copied = instructions(IMAGE.stage(0), "COPY");
    List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::trim).toList();
    for (String name : modules) {
      assertThat(copied).as("the build stage copies module " + name).contains(name + "/ " + name + "/");
      assertThat(ignored).as(".dockerignore keeps " + name).noneMatch(rule -> rule.equals(name + "/") || rule.equals(name));
    }
    assertThat(copied).contains(".mvn/ .mvn/", "mvnw pom.xml ./");
    assertThat(ignored).contains("**/target/");
  }

  @Test
  void startsTheJvmWithTheOptionsTheConfigMapGives() {
    String image = IMAGE.env("JAVA_TOOL_OPTIONS");
    assertThat(image).contains("-XX:MaxRAMPercentage=", "-XX:+UseParallelGC");
    for (Overlay overlay : OVERLAYS) {
      assertThat(overlay.setting("JAVA_TOOL_OPTIONS")).as(overlay.name()).isEqualTo(image);
    }
  }

  @Test
  void runsThePackagedAppsServeCommand() {
    List<String> runtime = IMAGE.finalStage();
    assertThat(instructions(runtime, "ENTRYPOINT")).singleElement().asString().contains("quarkus-run.jar");
    assertThat(instructions(runtime, "CMD")).containsExactly("[\"serve\"]");
    List<String> fromBuild = instructions(runtime, "COPY").stream().filter(copy -> copy.startsWith("--from=build")).toList();
    assertThat(fromBuild).allMatch(copy -> copy.contains("/src/app/target/quarkus-app/"));
    assertThat(String.join("\n", fromBuild)).contains("quarkus-app/lib/", "quarkus-app/quarkus-run.jar",
        "quarkus-app/app/", "quarkus-app/quarkus/");
  }
}
