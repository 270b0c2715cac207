package app.conv3d.ui.app;

import app.conv3d.ui.i18n.Languages;
import app.conv3d.ui.i18n.Messages;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;

/**
 * View ▸ Language: each language under its own name. A choice is remembered and takes effect at the next start,
 * said in the chosen language; the window on screen keeps its texts, so a lesson in progress is never disturbed.
 */
final class LanguageMenu {
    private LanguageMenu() {
    }

    static Menu build(Window owner) {
        Menu menu = new Menu(Messages.text("menu.view.language"));
        menu.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Languages.ALL) {
            RadioMenuItem r = new RadioMenuItem(Languages.ownName(language));
            r.setId("menuLanguage-" + language.getLanguage());
            r.setMnemonicParsing(false);
            r.setToggleGroup(group);
            r.setSelected(language.equals(Languages.next()));
            r.setOnAction(e -> choose(owner, language));
            menu.getItems().add(r);
        }
        return menu;
    }

    private static void choose(Window owner, Locale language) {
        boolean change = !language.equals(Languages.next());
        Languages.choose(language);
        if (change && !language.equals(Languages.current())) {
            Messages chosen = Messages.of(language);
            Label note = new Label(chosen.get("language.note"));
            note.setWrapText(true);
            HelpDialogs.window(owner, chosen.get("language.title"), "languageDialog", note).show();
        }
    }
}
