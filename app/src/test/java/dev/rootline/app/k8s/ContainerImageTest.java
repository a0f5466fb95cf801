package dev.rootline.app.k8s;

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

  @Test
  void runsAsTheDeploymentsUserOnTheAppsPort() throws IOException {
    List<String> runtime = finalStage();
    String httpPort = APP.defaultOf("quarkus.http.port");
    assertThat(instructions(runtime, "EXPOSE")).containsExactly(httpPort);
    for (Overlay overlay : OVERLAYS) {
      JsonNode security = overlay.podSpec().path("securityContext");
      assertThat(instructions(runtime, "USER")).containsExactly(security.path("runAsUser").asText());
      assertThat(overlay.container().path("ports").get(0).path("containerPort").asText()).isEqualTo(httpPort);
    }
  }

  @Test
  void createsForItsUserEveryWritablePathTheDeploymentMountsButTmp() throws IOException {
    String image = String.join("\n", finalStage());
    String user = instructions(finalStage(), "USER").get(0);
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
    List<String> copied = instructions(stage(0), "COPY");
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
  void runsThePackagedAppsServeCommand() throws IOException {
    List<String> runtime = finalStage();
    assertThat(instructions(runtime, "ENTRYPOINT")).singleElement().asString().contains("quarkus-run.jar");
    assertThat(instructions(runtime, "CMD")).containsExactly("[\"serve\"]");
    List<String> fromBuild = instructions(runtime, "COPY").stream().filter(copy -> copy.startsWith("--from=build")).toList();
    assertThat(fromBuild).allMatch(copy -> copy.contains("/src/app/target/quarkus-app/"));
    assertThat(String.join("\n", fromBuild)).contains("quarkus-app/lib/", "quarkus-app/quarkus-run.jar",
        "quarkus-app/app/", "quarkus-app/quarkus/");
  }

  /** The instructions' arguments, for one keyword, in order. */
  private static List<String> instructions(List<String> stage, String keyword) {
    return stage.stream().filter(line -> line.startsWith(keyword + " "))
        .map(line -> line.substring(keyword.length() + 1).trim()).toList();
  }

  private static List<String> finalStage() throws IOException {
    return stage(-1);
  }

  /** The instructions of stage {@code index} (negative: from the end), continued lines joined. */
  private static List<String> stage(int index) throws IOException {
    List<List<String>> stages = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String raw : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
      String line = raw.trim();
      if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String instruction = pending.append(line).toString();
      pending.setLength(0);
      if (instruction.startsWith("FROM ")) {
        stages.add(new ArrayList<>());
      }
      stages.get(stages.size() - 1).add(instruction);
    }
    return stages.get(index < 0 ? stages.size() + index : index);
  }
}
