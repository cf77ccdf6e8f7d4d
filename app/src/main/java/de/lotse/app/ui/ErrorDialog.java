package de.lotse.app.ui;

import de.lotse.app.i18n.Messages;
import de.lotse.app.i18n.ProblemMessages;
import de.lotse.core.log.Failures;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one dialog for failures: clear words for the person, the details only in the log. */
public final class ErrorDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private ErrorDialog() {
    }

    /** Builds the dialog for {@code failure}; the caller shows it. */
    public static Alert create(Window owner, Throwable failure, Messages messages) {
        LOG.error("Failure shown to the user: {}", Failures.describe(failure));
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        Label text = new Label(ProblemMessages.describe(failure, messages));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
