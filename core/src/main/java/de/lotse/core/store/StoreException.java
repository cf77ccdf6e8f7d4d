package de.lotse.core.store;

import java.util.Objects;

/** An I/O failure of the local store, carrying the {@link StoreProblem} to show to a person. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StoreProblem problem;

    public StoreException(StoreProblem problem) {
        this(problem, null);
    }

    public StoreException(StoreProblem problem, Throwable cause) {
        super(problem.getClass().getSimpleName(), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public StoreProblem problem() {
        return problem;
    }
}
