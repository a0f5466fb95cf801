package dev.rootline.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the pages load their JavaScript libraries from: the mvnpm jars on the classpath, which
 * Quarkus serves under {@code /_static/<name>/<version>/}. The version is read from the jar, so a
 * newer Quarkus platform (which manages it) needs no change here.
 */
final class WebLibraries {
  static final String ECHARTS = "/_static/echarts/" + version("echarts") + "/dist/echarts.min.js";

  private WebLibraries() {}

  private static String version(String mvnpmName) {
    String resource = "META-INF/maven/org.mvnpm/" + mvnpmName + "/pom.properties";
    try (InputStream in = WebLibraries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("org.mvnpm:" + mvnpmName + " is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
