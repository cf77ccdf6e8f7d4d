package de.lotse.app.feature.accounts;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.account.Account;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.Role;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Verwaltung → Benutzer: the office's accounts, and what the administrator does with them: add
 * one, give other roles, set a new password, disable and enable. After each change the device's
 * grants follow ({@code afterChange}), so that the change counts at once for logins here.
 */
public final class AccountsViewModel {

    private final AccountService accounts;
    private final Runnable afterChange;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public AccountsViewModel(AccountService accounts, Runnable afterChange, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.accounts = accounts;
        this.afterChange = afterChange;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Reads the accounts anew; the selection stays on the same account when it is still there. */
    public void load() {
        tasks.run(accounts::list, read -> {
            Account was = selected.get();
            list.setAll(read);
            loaded.set(true);
            selected.set(was == null ? null : read.stream().filter(a -> a.id().equals(was.id())).findFirst()
                    .orElse(null));
        }, onFailure);
    }

    /** A new account; {@code done} gets the problems (empty: made, and the list is read anew). */
    public void add(String userName, String displayName, Set<Role> roles, char[] password, char[] repeat,
            Consumer<List<FieldProblem>> done) {
        change(() -> accounts.add(userName, displayName, roles, null, password, repeat), done, password, repeat);
    }

    /** The selected account's roles. */
    public void setRoles(Set<Role> roles, Consumer<List<FieldProblem>> done) {
        Account account = selected.get();
        change(() -> accounts.setRoles(account.id(), roles), done);
    }

    /** A new password for the selected account (a person who forgot theirs). */
    public void setPassword(char[] password, char[] repeat, Consumer<List<FieldProblem>> done) {
        Account account = selected.get();
        change(() -> accounts.setPassword(account.id(), password, repeat), done, password, repeat);
    }

    /** Disables the selected account, or enables it again. */
    public void setDisabled(boolean disabled, Consumer<List<FieldProblem>> done) {
        Account account = selected.get();
        change(() -> accounts.setDisabled(account.id(), disabled), done);
    }

    private void change(Supplier<Validated<Account>> work, Consumer<List<FieldProblem>> done, char[]... secrets) {
        tasks.run(() -> {
            try {
                Validated<Account> result = work.get();
                if (result instanceof Validated.Valid<Account>) {
                    afterChange.run();
                }
                return result;
            } finally {
                for (char[] secret : secrets) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, result -> {
            if (result instanceof Validated.Invalid<Account> invalid) {
                done.accept(invalid.problems());
                return;
            }
            selected.set(result.orElseThrow());
            done.accept(List.of());
            load();
        }, onFailure);
    }

    public ObservableList<Account> accounts() {
        return list;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
