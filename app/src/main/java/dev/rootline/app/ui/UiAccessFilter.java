package dev.rootline.app.ui;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /incidents} and {@code /api/incidents} when a token is configured ({@link UiAccess}):
 * an API call without it gets 401, a page opened without it goes to the token page.
 */
public class UiAccessFilter {
  private static final String BEARER = "Bearer ";
  private final UiAccess access;

  UiAccessFilter(UiAccess access) {
    this.access = access;
  }

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext request) {
    String path = request.getUriInfo().getRequestUri().getPath();
    if (access.open() || !guarded(path) || allowed(request)) {
      return null;
    }
    if (path.startsWith("/incidents") && "GET".equals(request.getMethod())) {
      return Response.seeOther(URI.create(TokenPage.PATH)).build();
    }
    return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"rootline\"")
        .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "this Rootline needs its UI token")).build();
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
