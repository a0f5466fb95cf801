package dev.rootline.app.ui;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /incidents} and {@code /api/incidents} ({@link UiAccess}). With OIDC on: no or an
 * invalid bearer token gets 401, a valid one without the required role 403. With a shared token: an
 * API call without it gets 401, a page opened without it goes to the token page.
 */
public class UiAccessFilter {
  private static final Logger LOG = Logger.getLogger(UiAccessFilter.class);
  private static final String BEARER = "Bearer ";
  private static final Uni<Response> PASS = Uni.createFrom().nullItem();
  private final UiAccess access;
  private final CurrentIdentityAssociation identities;

  UiAccessFilter(UiAccess access, CurrentIdentityAssociation identities) {
    this.access = access;
    this.identities = identities;
  }

  @ServerRequestFilter(preMatching = true)
  public Uni<Response> check(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getPath();
    if (!guarded(path)) {
      return PASS;
    }
    if (access.oidc()) {
      // Authentication is lazy (quarkus.http.auth.proactive=false): the token is checked here, for
      // these paths only, so a bearer header meant for another endpoint is never judged by the provider.
      return identities.getDeferredIdentity().map(this::judge).onFailure().recoverWithItem(failure -> {
        LOG.debugf("bearer token refused on %s: %s", path, failure.getMessage());
        return unauthorized("the bearer token is not valid here");
      });
    }
    if (access.open() || allowed(request)) {
      return PASS;
    }
    if (path.startsWith("/incidents") && "GET".equals(request.getMethod())) {
      return Uni.createFrom().item(Response.seeOther(URI.create(TokenPage.PATH)).build());
    }
    return Uni.createFrom().item(unauthorized("this Rootline needs its UI token"));
  }

  private Response judge(SecurityIdentity identity) {
    if (identity.isAnonymous()) {
      return unauthorized("this Rootline needs a bearer token from its OpenID Connect provider");
    }
    if (access.role().isPresent() && !identity.hasRole(access.role().get())) {
      return Response.status(403).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", "the token lacks the role " + access.role().get())).build();
    }
    return null;
  }

  private static Response unauthorized(String why) {
    return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rootline\"")
        .type(MediaType.APPLICATION_JSON).entity(Map.of("error", why)).build();
  }

  private static boolean guarded(String path) {
    return !path.equals(TokenPage.PATH) && (path.equals("/incidents") || path.startsWith("/incidents/")
        || path.equals("/api/incidents") || path.startsWith("/api/incidents/"));
  }

  private boolean allowed(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return access.isToken(header.substring(BEARER.length()).trim());
    }
    Cookie cookie = request.getCookies().get(UiAccess.COOKIE);
    return cookie != null && access.isCookie(cookie.getValue());
  }
}
