package app.conv3d.ui.app;

import app.conv3d.core.Colormap;
import app.conv3d.core.Normalization;
import app.conv3d.core.StepSize;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import app.conv3d.ui.lesson.Speed;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The Lesson menu: every control of the window's bars, reachable from the keyboard (F10, then the
 * arrows), since the window keeps Space and the arrows for the walkthrough and its own controls out of
 * the Tab order. Radio items follow the lesson, so the menu always shows what is on screen.
 */
final class LessonMenu {
    static final KeyCombination NEXT_KERNEL = Shortcut.NEXT_KERNEL.combination();
    static final KeyCombination PREVIOUS_KERNEL = Shortcut.PREVIOUS_KERNEL.combination();
    static final KeyCombination SHOW_ALL = Shortcut.SHOW_ALL.combination();

    private LessonMenu() {
    }

    static Menu build(Lesson lesson) {
        Menu menu = new Menu(Messages.text("menu.lesson"));
        menu.setId("menuLesson");
        // The walkthrough's own keys are shown in the labels; the scene's key filter does the work.
        menu.getItems().addAll(
                item(Messages.text("menu.lesson.play"), "menuPlay", null, lesson::togglePlay),
                item(Messages.text("menu.lesson.forward"), "menuStepForward", null, () -> lesson.step(1)),
                item(Messages.text("menu.lesson.back"), "menuStepBack", null, () -> lesson.step(-1)),
                item(Messages.text("menu.lesson.home"), "menuHome", null, lesson::home),
                item(Messages.text("menu.lesson.end"), "menuEnd", null, lesson::end),
                item(Messages.text("menu.lesson.reset"), "menuResetWalkthrough", null, lesson::reset),
                new SeparatorMenuItem(),
                radio(Messages.text("menu.lesson.size"), "menuLessonSize", LessonSize.values(), lesson.lessonSizeProperty(),
                        lesson.lessonSizeProperty()::get, lesson::setLessonSize, LessonSize::toString),
                item(Messages.text("menu.lesson.nextKernel"), "menuNextKernel", NEXT_KERNEL,
                        () -> lesson.selectKernel(lesson.kernelIndexProperty().get() + 1)),
                item(Messages.text("menu.lesson.previousKernel"), "menuPreviousKernel", PREVIOUS_KERNEL,
                        () -> lesson.selectKernel(lesson.kernelIndexProperty().get() - 1)),
                radio(Messages.text("menu.lesson.speed"), "menuSpeed", Speed.values(), lesson.speedProperty(), lesson.speedProperty()::get,
                        lesson::setSpeed, Speed::toString),
                radio(Messages.text("menu.lesson.stepSize"), "menuStepSize", StepSize.values(), lesson.stepSizeProperty(),
                        lesson.stepSizeProperty()::get, lesson::setStepSize, CoreNames::stepSize),
                new SeparatorMenuItem(),
                showAll(lesson),
                item(Messages.text("menu.lesson.playSlices"), "menuPlaySlices", null, lesson::toggleSlicePlay),
                radio(Messages.text("menu.lesson.scale"), "menuNormalization", Normalization.values(), lesson.displayProperty(),
                        () -> lesson.displayProperty().get().normalization(), lesson::setNormalization,
                        CoreNames::normalization),
                radio(Messages.text("menu.lesson.colours"), "menuColormap", Colormap.values(), lesson.displayProperty(),
                        () -> lesson.displayProperty().get().colormap(), lesson::setColormap,
                        CoreNames::colormap));
        return menu;
    }

    private static CheckMenuItem showAll(Lesson lesson) {
        CheckMenuItem all = new CheckMenuItem(Messages.text("menu.lesson.showAll"));
        all.setId("menuShowAll");
        all.setAccelerator(SHOW_ALL);
        all.setSelected(lesson.showAllProperty().get());
        lesson.showAllProperty().addListener((obs, old, now) -> all.setSelected(now));
        // A click ticks the item before the action, fire() does not: the lesson decides, the item follows.
        all.setOnAction(e -> {
            lesson.setShowAll(!lesson.showAllProperty().get());
            all.setSelected(lesson.showAllProperty().get());
        });
        return all;
    }

    /** One radio item per value; {@code source} changing re-reads {@code current} to mark the chosen one. */
    private static <T> Menu radio(String title, String id, T[] values, ObservableValue<?> source, Supplier<T> current,
            Consumer<T> set, Function<T, String> label) {
        Menu menu = new Menu(title);
        menu.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (T v : values) {
            RadioMenuItem r = new RadioMenuItem(label.apply(v));
            r.setMnemonicParsing(false);
            r.setToggleGroup(group);
            r.setSelected(v.equals(current.get()));
            r.setOnAction(e -> set.accept(v));
            source.addListener((obs, old, now) -> r.setSelected(v.equals(current.get())));
            menu.getItems().add(r);
        }
        return menu;
    }

    static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
