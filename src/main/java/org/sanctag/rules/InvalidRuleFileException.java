package org.sanctag.rules;

/** A rule file that cannot be used, with the file, the line (when known) and what is wrong. */
public class InvalidRuleFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public InvalidRuleFileException(String file, int line, String problem, Throwable cause) {
        super("Invalid rule file " + file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The 1-based line the problem was found on, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
