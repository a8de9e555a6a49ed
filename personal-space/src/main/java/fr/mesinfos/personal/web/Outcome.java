package fr.mesinfos.personal.web;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

/**
 * A service's answer for a page section, or why there is none in words the person understands (a message key): one
 * service down must not take the whole page with it.
 */
public record Outcome<T>(T value, String error, int status) {
    private static final Logger LOG = Logger.getLogger(Outcome.class);

    public static <T> Outcome<T> of(String what, Supplier<T> call) {
        try {
            return new Outcome<>(call.get(), null, 200);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // the status and what was asked only: answers may hold personal data
            LOG.infof("%s answered %d", what, status);
            return new Outcome<>(null, keyFor(status), status);
        } catch (ProcessingException e) {
            LOG.warnf("%s unreachable (%s)", what, e.getClass().getSimpleName());
            return new Outcome<>(null, "error_unavailable", 503);
        }
    }

    public static String keyFor(int status) {
        return switch (status) {
            case 401 -> "error_session";
            case 403 -> "error_forbidden";
            case 404 -> "error_not_found";
            case 409 -> "error_conflict";
            case 400, 422 -> "error_invalid";
            case 502, 503, 504 -> "error_unavailable";
            default -> "error_failed";
        };
    }

    public boolean ok() {
        return error == null;
    }
}
