package de.lotse.app.shell;

import de.lotse.app.ui.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/**
 * Several features shown as tabs of one area (Personen &amp; Fälle, Verwaltung): the commands go to
 * the page in front (F5, where the pages show one register, also to every page shown before), and
 * leaving asks each page with unsaved changes, showing it first. A page's view is made when its
 * tab is first shown.
 */
public final class Tabs implements Feature {

    private final String id;
    private final String titleKey;
    private final String tabIdPrefix;
    private final I18n i18n;
    private final List<Feature> pages;
    private final boolean reloadsEveryPage;
    private final Map<Feature, Tab> tabs = new LinkedHashMap<>();
    private TabPane root;

    /**
     * Tab ids are {@code tabIdPrefix + page.id()}; the area's view is {@code <id>-view}.
     * {@code reloadsEveryPage}: F5 reads anew every page shown before, not only the one in front
     * (the persons and the cases of one register go stale together).
     */
    public Tabs(String id, String titleKey, String tabIdPrefix, I18n i18n, boolean reloadsEveryPage,
            Feature... pages) {
        this.id = id;
        this.titleKey = titleKey;
        this.tabIdPrefix = tabIdPrefix;
        this.i18n = i18n;
        this.reloadsEveryPage = reloadsEveryPage;
        this.pages = List.of(pages);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    public List<Feature> pages() {
        return pages;
    }

    @Override
    public Node root() {
        if (root == null) {
            root = new TabPane();
            for (Feature page : pages) {
                Tab tab = new Tab();
                tab.textProperty().bind(i18n.text(page.titleKey()));
                tab.setId(tabIdPrefix + page.id());
                tab.setUserData(page);
                tabs.put(page, tab);
                root.getTabs().add(tab);
            }
            root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            root.setId(id + "-view");
            fill(selected());
            root.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
                Feature page = (Feature) tab.getUserData();
                fill(page);
                if (root.getScene() != null) {
                    page.shown(); // else the area's coming to the front will
                }
            });
        }
        return root;
    }

    /** The page whose tab is in front (the first before the area was shown). */
    public Feature selected() {
        return root == null ? pages.getFirst()
                : (Feature) root.getSelectionModel().getSelectedItem().getUserData();
    }

    /** Brings {@code page} to the front of this area. */
    public void select(Feature page) {
        root();
        root.getSelectionModel().select(tabs.get(page));
    }

    private void fill(Feature page) {
        Tab tab = tabs.get(page);
        if (tab.getContent() == null) {
            tab.setContent(page.root());
        }
    }

    private boolean made(Feature page) {
        return root != null && tabs.get(page).getContent() != null;
    }

    @Override
    public void shown() {
        selected().shown();
    }

    @Override
    public Answer answer(Command command) {
        if (command != Command.RELOAD || !reloadsEveryPage) {
            return selected().answer(command);
        }
        // F5 reads anew what this area shows: the page in front first, then every page shown before
        List<Runnable> reloads = new ArrayList<>();
        List<Feature> order = new ArrayList<>(pages);
        order.remove(selected());
        order.addFirst(selected());
        for (Feature page : order) {
            if ((page == selected() || made(page)) && page.answer(command) instanceof Answer.Does does) {
                reloads.add(does.action());
            }
        }
        return reloads.isEmpty() ? Answer.ignores("no page of " + id + " reads anything")
                : Answer.does(() -> reloads.forEach(Runnable::run));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return pages.stream().anyMatch(Feature::hasUnsavedChanges);
    }

    @Override
    public void whenLeaving(Runnable proceed, Runnable stay) {
        Feature.whenLeavingAll(pages, this::select, proceed, stay);
    }

    /** The keys of every page, each active while its page is in front. */
    @Override
    public Map<KeyCombination, Runnable> keys() {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        for (Feature page : pages) {
            page.keys().forEach((key, action) -> {
                Runnable before = keys.get(key);
                keys.put(key, () -> {
                    if (selected() == page) {
                        action.run();
                    } else if (before != null) {
                        before.run();
                    }
                });
            });
        }
        return keys;
    }
}
