package de.lotse.core.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the current user may see and do, worked out once at login: immutable and cheap to ask, so
 * services take a {@code Supplier<Access>} and ask it on every call (the supplier changes at login,
 * lock and logout, the access it gave does not).
 */
public final class Access {

    private static final Access SYSTEM = new Access(null, EnumSet.allOf(Permission.class), true);
    private static final Access NOBODY = new Access(null, EnumSet.noneOf(Permission.class), false);

    private final User user;
    private final Set<Permission> permissions;
    private final boolean system;

    private Access(User user, EnumSet<Permission> permissions, boolean system) {
        this.user = user;
        this.permissions = Collections.unmodifiableSet(permissions);
        this.system = system;
    }

    /** What {@code user} may do: the union of their roles' permissions. */
    public static Access of(User user) {
        Objects.requireNonNull(user, "user");
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(Permissions.of(user.roles()));
        return new Access(user, permissions, false);
    }

    /**
     * Everything, for no user: only for setting up the installation, making demo data and tests.
     * A screen or command a person uses never runs with it.
     */
    public static Access system() {
        return SYSTEM;
    }

    /** Nothing: nobody is logged in, every check is refused with {@link Refusal.NotLoggedIn}. */
    public static Access nobody() {
        return NOBODY;
    }

    /** The logged-in user; empty for {@link #system()} and {@link #nobody()}. */
    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** The logged-in user, else a refusal. */
    public User requireUser() {
        if (user == null) {
            throw new RefusedException(new Refusal.NotLoggedIn());
        }
        return user;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Returns when the user may; else throws the refusal. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new RefusedException(loggedIn() ? new Refusal.NotPermitted(permission) : new Refusal.NotLoggedIn());
        }
    }

    /**
     * Whether the user may read the confidential journal entries and notes (Gesundheit, Schutz) of
     * a case whose responsible caseworker is {@code responsibleCaseworkerId} (null: none): the
     * head of office may ({@link Permission#CONFIDENTIAL_READ}), and the responsible caseworker
     * may, as long as they may read journals at all. A colleague standing in reads them only after
     * the case is given to them.
     */
    public boolean mayReadConfidential(UUID responsibleCaseworkerId) {
        if (may(Permission.CONFIDENTIAL_READ)) {
            return true;
        }
        // user is there: only a user's access may read journals without CONFIDENTIAL_READ
        return may(Permission.JOURNAL_READ) && user.caseworkerId() != null
                && user.caseworkerId().equals(responsibleCaseworkerId);
    }

    /** Returns when {@link #mayReadConfidential(UUID)}; else throws the refusal. */
    public void requireConfidential(UUID responsibleCaseworkerId) {
        if (!loggedIn()) {
            throw new RefusedException(new Refusal.NotLoggedIn());
        }
        if (!mayReadConfidential(responsibleCaseworkerId)) {
            throw new RefusedException(new Refusal.Confidential());
        }
    }

    private boolean loggedIn() {
        return system || user != null;
    }

    @Override
    public String toString() {
        return system ? "Access[system]" : user == null ? "Access[nobody]" : "Access[" + user + "]";
    }
}
