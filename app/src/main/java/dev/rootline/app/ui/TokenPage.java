package dev.rootline.app.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /incidents/token}: where a browser shows the UI token once and gets a cookie for it
 * (HttpOnly, SameSite=Strict), so the pages open without an {@code Authorization} header.
 */
@Path(TokenPage.PATH)
public class TokenPage {
  static final String PATH = "/incidents/token";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance token(boolean wrong);
  }

  private final UiAccess access;

  TokenPage(UiAccess access) {
    this.access = access;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response form() {
    if (access.open() || access.oidc()) { // nothing to enter: open, or the provider's tokens decide
      return Response.seeOther(URI.create("/incidents")).build();
    }
    return Response.ok(Templates.token(false)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  public Response submit(@FormParam("token") String token) {
    if (access.open() || access.oidc()) { // nothing to enter: open, or the provider's tokens decide
      return Response.seeOther(URI.create("/incidents")).build();
    }
    if (!access.isToken(token)) {
      return Response.status(401).entity(Templates.token(true)).build();
    }
    NewCookie cookie = new NewCookie.Builder(UiAccess.COOKIE).value(access.cookieValue()).path("/")
        .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    return Response.seeOther(URI.create("/incidents")).cookie(cookie).build();
  }
}
