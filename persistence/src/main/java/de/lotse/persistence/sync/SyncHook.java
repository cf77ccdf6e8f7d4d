package de.lotse.persistence.sync;

/**
 * Called at each step of an export and an import, so that crash tests can stop the process exactly
 * there. Does nothing in the program.
 */
@FunctionalInterface
public interface SyncHook {

    SyncHook NONE = step -> { };

    void at(String step);
}
