package fr.mesinfos.deploy.validation;

/**
 * One reason a resource is refused: where it comes from (an overlay, a file), which resource (Kind/name), the JSON
 * pointer of the offending field ("" for the resource itself) and what is wrong there.
 */
public record Violation(String source, String resource, String path, String message) {

    @Override
    public String toString() {
        return source + ": " + resource + " at " + (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
