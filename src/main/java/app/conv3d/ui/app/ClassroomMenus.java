package app.conv3d.ui.app;

import app.conv3d.ui.export.ExportKind;
import app.conv3d.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The window's menu bar: File, View, Help. Every item calls a {@link Classroom} action. */
final class ClassroomMenus {
    private ClassroomMenus() {
    }

    static MenuBar build(Classroom c) {
        MenuBar bar = new MenuBar(file(c), LessonMenu.build(c.lesson()), view(c), help(c));
        bar.setId("menuBar");
        bar.setAccessibleText(Messages.text("menu.bar"));
        return bar;
    }

    private static Menu file(Classroom c) {
        Menu recent = new Menu(Messages.text("menu.file.recent"));
        recent.setId("menuRecent");
        // Filled each time it opens: another window may have saved a lesson meanwhile.
        recent.getItems().add(new MenuItem(Messages.text("menu.file.recent.none")));
        recent.setOnShowing(e -> fillRecent(c, recent));

        Menu export = new Menu(Messages.text("menu.file.export"));
        export.setId("menuExport");
        for (ExportKind k : ExportKind.values()) {
            export.getItems().add(item(k + "\u2026", "menuExport" + k.name(), null, () -> c.showExport(k)));
        }
        export.getItems().addAll(new SeparatorMenuItem(),
                item(Messages.text("menu.file.exportDialog"), "menuExportDialog", Shortcut.EXPORT, c::showExport));

        Menu file = new Menu(Messages.text("menu.file"));
        file.setId("menuFile");
        file.getItems().addAll(
                item(Messages.text("menu.file.openClip"), "menuOpenClip", Shortcut.OPEN_CLIP, c::chooseClipFile),
                item(Messages.text("menu.file.openFolder"), "menuOpenClipFolder", Shortcut.OPEN_CLIP_FOLDER, c::chooseClipFolder),
                item(Messages.text("menu.file.record"), "menuRecord", Shortcut.RECORD, c::recordFromCamera),
                item(Messages.text("menu.file.saveClip"), "menuSaveClip", null, c::chooseClipPngFolder),
                new SeparatorMenuItem(),
                item(Messages.text("menu.file.openLesson"), "menuOpenLesson", Shortcut.OPEN_LESSON, c::chooseLessonToOpen),
                item(Messages.text("menu.file.saveLesson"), "menuSaveLesson", Shortcut.SAVE_LESSON, c::chooseLessonToSave),
                recent,
                new SeparatorMenuItem(),
                export,
                new SeparatorMenuItem(),
                item(Messages.text("menu.file.quit"), "menuQuit", Shortcut.QUIT, c::quit));
        return file;
    }

    private static void fillRecent(Classroom c, Menu recent) {
        List<Path> paths = c.commands().recentLessons();
        recent.getItems().clear();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(Messages.text("menu.file.recent.empty"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path p : paths) {
            // "1  lesson.c3dlesson  (/folder)": the name first, where it lives after; no mnemonic
            // parsing, since file names may hold underscores.
            MenuItem m = item(n++ + "  " + p.getFileName() + "   (" + p.getParent() + ")", null, null,
                    () -> c.openLesson(p));
            m.setMnemonicParsing(false);
            recent.getItems().add(m);
        }
    }

    private static Menu view(Classroom c) {
        CheckMenuItem full = new CheckMenuItem(Messages.text("menu.view.fullScreen"));
        full.setId("menuFullScreen");
        full.setAccelerator(Shortcut.FULL_SCREEN.combination());
        // Follows the stage (Esc leaves full screen without the menu); a click asks the stage to change.
        full.setSelected(c.stage().isFullScreen());
        c.stage().fullScreenProperty().addListener((obs, old, now) -> full.setSelected(now));
        full.setOnAction(e -> {
            c.toggleFullScreen();
            full.setSelected(c.stage().isFullScreen());
        });

        CheckMenuItem arithmetic = new CheckMenuItem(Messages.text("menu.view.arithmetic"));
        arithmetic.setId("menuArithmetic");
        arithmetic.setAccelerator(Shortcut.ARITHMETIC.combination());
        var shown = c.window().layout().arithmeticShownProperty();
        arithmetic.setSelected(shown.get());
        shown.addListener((obs, old, now) -> arithmetic.setSelected(now));
        arithmetic.setOnAction(e -> {
            c.toggleArithmetic();
            arithmetic.setSelected(shown.get());
        });

        CheckMenuItem train = new CheckMenuItem(Messages.text("menu.view.train"));
        train.setId("menuTrain");
        train.setAccelerator(Shortcut.TRAIN.combination());
        var training = c.window().trainShownProperty();
        train.setSelected(training.get());
        training.addListener((obs, old, now) -> train.setSelected(now));
        train.setOnAction(e -> {
            c.toggleTrain();
            train.setSelected(training.get());
        });

        Menu size = new Menu(Messages.text("menu.view.textSize"));
        size.setId("menuTextSize");
        ToggleGroup sizes = new ToggleGroup();
        for (UiScale s : UiScale.values()) {
            RadioMenuItem r = new RadioMenuItem(s.toString());
            r.setId("menuScale" + s.percent());
            r.setToggleGroup(sizes);
            r.setSelected(c.appearance().scaleProperty().get() == s);
            r.setOnAction(e -> c.appearance().scaleProperty().set(s));
            c.appearance().scaleProperty().addListener((obs, old, now) -> r.setSelected(now == s));
            size.getItems().add(r);
        }
        size.getItems().addAll(new SeparatorMenuItem(),
                item(Messages.text("menu.view.larger"), "menuLarger", Shortcut.LARGER,
                        () -> c.appearance().scaleProperty().set(c.appearance().scaleProperty().get().larger())),
                item(Messages.text("menu.view.smaller"), "menuSmaller", Shortcut.SMALLER,
                        () -> c.appearance().scaleProperty().set(c.appearance().scaleProperty().get().smaller())),
                item(Messages.text("menu.view.actualSize"), "menuActualSize", Shortcut.ACTUAL_SIZE,
                        () -> c.appearance().scaleProperty().set(UiScale.P100)));

        Menu theme = new Menu(Messages.text("menu.view.theme"));
        theme.setId("menuTheme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.toString());
            r.setId("menuTheme" + t.name());
            r.setToggleGroup(themes);
            r.setSelected(c.appearance().themeProperty().get() == t);
            r.setOnAction(e -> c.appearance().themeProperty().set(t));
            c.appearance().themeProperty().addListener((obs, old, now) -> r.setSelected(now == t));
            theme.getItems().add(r);
        }
        theme.getItems().addAll(new SeparatorMenuItem(),
                item(Messages.text("menu.view.switchTheme"), "menuSwitchTheme", Shortcut.SWITCH_THEME, c::switchTheme));

        Menu view = new Menu(Messages.text("menu.view"));
        view.setId("menuView");
        view.getItems().addAll(full,
                item(Messages.text("menu.view.presentation"), "menuPresentation", Shortcut.PRESENTATION, c::togglePresentation),
                arithmetic, train, size, theme, LanguageMenu.build(c.stage()), new SeparatorMenuItem(),
                item(Messages.text("menu.view.resetAll"), "menuResetAll", Shortcut.RESET_ALL, c::resetAll));
        return view;
    }

    private static Menu help(Classroom c) {
        Menu help = new Menu(Messages.text("menu.help"));
        help.setId("menuHelp");
        help.getItems().addAll(
                item(Messages.text("menu.help.shortcuts"), "menuShortcuts", Shortcut.HELP, c::showShortcuts),
                item(Messages.text("menu.help.about"), "menuAbout", null, c::showAbout));
        return help;
    }

    private static MenuItem item(String text, String id, Shortcut keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(true);
        if (id != null) {
            m.setId(id);
        }
        if (keys != null) {
            m.setAccelerator(keys.combination());
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
