package de.lotse.app.ui;

import de.lotse.app.i18n.Messages;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The current language for the screen: texts as bindings that follow a language switch. */
public final class I18n {

    private final SimpleObjectProperty<Messages> messages;

    public I18n(Locale language) {
        messages = new SimpleObjectProperty<>(new Messages(language));
    }

    public Messages current() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public void setLanguage(Locale language) {
        if (!language.equals(messages.get().locale())) {
            messages.set(new Messages(language));
        }
    }

    /** The text of {@code key}, updated when the language changes. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages.get().get(key, args), messages);
    }

    /** A text computed from the current messages and further observables. */
    public StringBinding text(java.util.function.Function<Messages, String> compute, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = messages;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        Callable<String> callable = () -> compute.apply(messages.get());
        return Bindings.createStringBinding(callable, all);
    }
}
