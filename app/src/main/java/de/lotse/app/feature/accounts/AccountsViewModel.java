package de.lotse.app.feature.accounts;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.account.Account;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.Role;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.keys.RecoveryCode;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
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
    private final Supplier<List<Caseworker>> caseworkerSource;
    private final Runnable afterChange;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Account> list = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** {@code caseworkers} reads the directory's caseworkers an account may be (off the FX thread). */
    public AccountsViewModel(AccountService accounts, Supplier<List<Caseworker>> caseworkers, Runnable afterChange,
            TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.accounts = accounts;
        this.caseworkerSource = caseworkers;
        this.afterChange = afterChange;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** What the page shows, read together. */
    private record Read(List<Account> accounts, List<Caseworker> caseworkers) { }

    /** Reads the accounts (and the caseworkers) anew; the selection stays on the same account when it is still there. */
    public void load() {
        tasks.run(() -> new Read(accounts.list(), caseworkerSource.get()), loadedNow -> {
            List<Account> read = loadedNow.accounts();
            Account was = selected.get();
            caseworkers.setAll(loadedNow.caseworkers());
            list.setAll(read);
            loaded.set(true);
            selected.set(was == null ? null : read.stream().filter(a -> a.id().equals(was.id())).findFirst()
                    .orElse(null));
        }, onFailure);
    }

    /**
     * A new account, the directory's caseworker {@code caseworkerId} (null: none); {@code done} gets
     * the problems (empty: made, and the list is read anew).
     */
    public void add(String userName, String displayName, Set<Role> roles, UUID caseworkerId, char[] password,
            char[] repeat, Consumer<List<FieldProblem>> done) {
        change(() -> accounts.add(userName, displayName, roles, caseworkerId, password, repeat), done, password,
                repeat);
    }

    /** The selected account's name and the directory's caseworker it is (null: none). */
    public void edit(String displayName, UUID caseworkerId, Consumer<List<FieldProblem>> done) {
        Account account = selected.get();
        change(() -> accounts.edit(account.id(), displayName, caseworkerId), done);
    }

    /** The name of the directory's caseworker {@code id}, or empty (none, or no longer in the directory). */
    public String caseworkerName(UUID id) {
        return id == null ? "" : caseworkers.stream().filter(c -> c.id().equals(id)).map(Caseworker::name)
                .findFirst().orElse("");
    }

    /** The directory's caseworkers, read with the accounts. */
    public ObservableList<Caseworker> caseworkers() {
        return caseworkers;
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

    /**
     * A new recovery code for the selected administrator's account, replacing the old one:
     * {@code done} gets the problems, and when there are none the code, grouped, to show once.
     */
    public void newRecoveryCode(BiConsumer<List<FieldProblem>, String> done) {
        Account account = selected.get();
        RecoveryCode code = RecoveryCode.generate();
        char[] chars = code.chars();
        String shown = new String(code.grouped());
        code.destroy();
        change(() -> accounts.setRecoveryCode(account.id(), chars),
                problems -> done.accept(problems, problems.isEmpty() ? shown : ""), chars);
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
