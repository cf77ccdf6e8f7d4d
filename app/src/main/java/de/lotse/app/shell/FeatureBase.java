package de.lotse.app.shell;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * What every feature has alike: its names, and its view {@code V}, made at the first call of
 * {@link #root()} or {@link #view()}: a start does not pay for areas nobody opened.
 */
public abstract class FeatureBase<V> implements Feature {

    private final String id;
    private final String titleKey;
    private V view;

    protected FeatureBase(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    @Override
    public final Node root() {
        return rootOf(view());
    }

    /** The view, made at the first call. */
    protected final V view() {
        if (view == null) {
            view = makeView();
        }
        return view;
    }

    /** Runs {@code action} on the view once it is made, else {@code otherwise} (a feature never shown holds nothing). */
    protected final void ifMade(Consumer<V> action, Runnable otherwise) {
        if (view == null) {
            otherwise.run();
        } else {
            action.accept(view);
        }
    }

    /** Makes the view; called once. */
    protected abstract V makeView();

    /** The node that shows {@code view}. */
    protected abstract Node rootOf(V view);
}
