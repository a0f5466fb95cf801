# Rootline's container image, built from the sources in two stages:
#   docker build -t rootline:0.1.0 .
# Stage one packages the app with the Maven wrapper (tests are CI's job, not the image's); stage two
# is a JRE with the packaged app only, run as user 185, which k8s/base/rootline/deployment.yaml
# names in its securityContext. The root filesystem may be read-only: Rootline writes only to
# /var/lib/rootline (H2 and the detector's state stores) and /tmp (RocksDB's native library).

FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/ core/
COPY ingest/ ingest/
COPY anomaly/ anomaly/
COPY rca/ rca/
COPY notifier/ notifier/
COPY simulator/ simulator/
COPY app/ app/
RUN ./mvnw -B -q -pl app -am package -DskipTests

FROM eclipse-temurin:17-jre-jammy
RUN groupadd --gid 185 rootline \
    && useradd --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin rootline \
    && mkdir -p /deployments /var/lib/rootline \
    && chown 185:185 /var/lib/rootline
WORKDIR /deployments
# Libraries first: they change less often than the app, so rebuilt images share that layer.
COPY --from=build --chown=185:185 /src/app/target/quarkus-app/lib/ lib/
COPY --from=build --chown=185:185 /src/app/target/quarkus-app/quarkus-run.jar quarkus-run.jar
COPY --from=build --chown=185:185 /src/app/target/quarkus-app/app/ app/
COPY --from=build --chown=185:185 /src/app/target/quarkus-app/quarkus/ quarkus/
USER 185
EXPOSE 8080
# A heap committed and touched at start (ADR 023), the parallel collector (ADR 025), and a clean
# exit rather than a half-working process.
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=70 -XX:MaxRAMPercentage=70 -XX:+AlwaysPreTouch -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
CMD ["serve"]
