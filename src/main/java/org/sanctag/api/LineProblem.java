package org.sanctag.api;

/**
 * The answer line of a batch line sanctag could not tag: the problem the same document alone would
 * have got, with the 1-based number of its input line.
 */
public record LineProblem(String type, String title, int status, String detail, int line) {

    static LineProblem of(int status, String detail, int line) {
        Problem problem = Problem.of(status, detail);
        return new LineProblem(problem.type(), problem.title(), problem.status(), problem.detail(), line);
    }
}
