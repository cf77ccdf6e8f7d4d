package de.lotse.app.shell;

import javafx.scene.Node;

/** What every feature has alike: its names, and its view made at the first call of {@link #root()}. */
public abstract class FeatureBase implements Feature {

    private final String id;
    private final String titleKey;
    private Node root;

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
        if (root == null) {
            root = makeRoot();
        }
        return root;
    }

    /** Whether the view has been made (a feature never shown has nothing to ask about). */
    protected final boolean made() {
        return root != null;
    }

    /** Makes the view; called once. */
    protected abstract Node makeRoot();
}
