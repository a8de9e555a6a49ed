package fr.mesinfos.support.problem;

/** Thrown by a feature to answer with a given problem; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {
    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
