package fr.mesinfos.personal.session;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import fr.mesinfos.personal.web.Lang;

/** The language switch: the choice is kept in a cookie (a year), and the person goes back to the page they were on. */
@Path("/lang")
public class LanguageResource {
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        String chosen = "en".equals(lang) ? "en" : "fr";
        NewCookie cookie = new NewCookie.Builder(Lang.COOKIE).value(chosen).path("/").maxAge(ONE_YEAR)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path of this site: never an absolute or protocol-relative URL (no open redirect). */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
