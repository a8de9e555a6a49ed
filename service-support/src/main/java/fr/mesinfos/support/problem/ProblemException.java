package fr.mesinfos.support.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by a feature to answer with a given problem (and headers such as Retry-After); the mapper writes problem+json. */
public class ProblemException extends RuntimeException {
    private final Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    private ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    /** 400: one request parameter or body field is wrong; says which and why (never echoing a personal value). */
    public static ProblemException invalidParameter(String field, String reason) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid parameter", field + ": " + reason)
                .withErrors(java.util.List.of(new Problem.InvalidParam(null, field, reason))));
    }

    /** 404: what the caller asked for does not exist for them (and we do not say whether it exists for others). */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The same problem, answered with one more header. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, more);
    }
}
