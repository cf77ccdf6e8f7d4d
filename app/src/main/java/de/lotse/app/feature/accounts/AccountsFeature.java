package de.lotse.app.feature.accounts;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Formless;
import de.lotse.core.account.AccountService;
import de.lotse.core.directory.Caseworker;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Verwaltung → Benutzer: the administrator's page of the office's accounts. */
public final class AccountsFeature extends FeatureBase<AccountsView> implements Formless {

    private final FeatureContext context;
    private final AccountsViewModel model;

    /**
     * {@code caseworkers} reads the directory's caseworkers an account may be; {@code afterChange}
     * brings the device's grants in line after each change (both off the FX thread).
     */
    public AccountsFeature(AccountService accounts, Supplier<List<Caseworker>> caseworkers, Runnable afterChange,
            FeatureContext context) {
        super("accounts", "admin.tab.accounts");
        this.context = context;
        this.model = new AccountsViewModel(accounts, caseworkers, afterChange, context.tasks(), context.onFailure());
    }

    @Override
    protected AccountsView makeView() {
        return new AccountsView(model, context.i18n(), context.owner());
    }

    @Override
    protected Node rootOf(AccountsView view) {
        return view.root();
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Answer answer(Command command) {
        return switch (command) {
            case NEW_RECORD -> Answer.does(() -> view().newAccount());
            case FOCUS_SEARCH, NEW_APPOINTMENT -> Answer.asTheRegister(command, context.navigator());
            case SAVE, DISCARD -> Answer.ignores("accounts change in their dialogs, each saved when it closes");
            case RELOAD -> Answer.does(model::load);
        };
    }

    public AccountsViewModel model() {
        return model;
    }
}
