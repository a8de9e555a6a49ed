package fr.mesinfos.support.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail: what every MesInfos error answers with, so that a client learns exactly what was wrong
 * and which field caused it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<InvalidParam> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://mesinfos.fr/problems/";

    /** One offending input: where (field, and index in a batch when there is one) and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvalidParam(Integer index, String field, String reason) {
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of());
    }

    public Problem withErrors(List<InvalidParam> invalid) {
        return new Problem(type, title, status, detail, instance, List.copyOf(invalid));
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
