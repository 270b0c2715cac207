package app.conv3d.ui.closeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The close-up's picture without a toolkit: background and FX thread are the calling thread here. */
class CloseUpModelTest {
    private Volume clip;
    private Lesson lesson;
    private CloseUpModel model;

    @BeforeEach
    void tinyLesson() {
        clip = randomClip(8, 12, 12);
        lesson = new Lesson(Runnable::run, Runnable::run);
        lesson.setLessonSize(LessonSize.TINY); // 8x12x12: the clip as it is
        lesson.load(clip, KernelBank.of(new Kernel(3, 3, 3, 3, new float[81], 0)));
        model = new CloseUpModel(lesson);
    }

    @Test
    void nothingToShowBeforeTheFirstResult() {
        assertNull(new CloseUpModel(new Lesson(Runnable::run, Runnable::run)).pictureProperty().get());
    }

    @Test
    void oneTilePerKernelFrameAndOneForTheChannelEachTheFieldWithAMarginAround() {
        CloseUp p = picture();
        assertEquals(3, p.frames().size());
        assertEquals(4, p.tiles().size());
        assertEquals(3 + 2 * CloseUpModel.MARGIN, p.rows());
        assertEquals(3 + 2 * CloseUpModel.MARGIN, p.columns());
        assertFalse(p.hovering());
        for (int a = 0; a < 3; a++) {
            assertEquals(a, p.frames().get(a).kernelFrame());
            assertEquals(a, p.frames().get(a).inputFrame());
        }
    }

    @Test
    void theCellsAreTheClipsOwnColours() {
        lesson.moveTo(2, 4, 6);
        CloseUp p = picture();
        for (CloseUp.Tile tile : p.frames()) {
            for (int r = 0; r < p.rows(); r++) {
                for (int c = 0; c < p.columns(); c++) {
                    int y = p.firstRow() + r;
                    int x = p.firstColumn() + c;
                    int expected = y < 12 && x < 12 ? rgb(tile.inputFrame(), y, x) : CloseUp.BEYOND;
                    assertEquals(expected, tile.cells()[r * p.columns() + c],
                            "t=" + tile.inputFrame() + " y=" + y + " x=" + x);
                }
            }
        }
    }

    @Test
    void theKernelSlidesAcrossTheContextThenTheWindowJumpsOn() {
        int page = 2 * CloseUpModel.MARGIN + 1;
        for (int x = 0; x < page; x++) {
            lesson.moveTo(0, 0, x);
            assertEquals(0, picture().firstColumn(), "the window stays while the kernel slides, x=" + x);
            assertEquals(new CloseUp.Outline(0, x, 3, 3), picture().frames().get(0).kernel());
        }
        lesson.moveTo(0, 0, page);
        assertEquals(page, picture().firstColumn());
        assertEquals(new CloseUp.Outline(0, 0, 3, 3), picture().frames().get(0).kernel());
        lesson.moveTo(0, 7, 3);
        assertEquals(page, picture().firstRow());
        assertEquals(new CloseUp.Outline(2, 3, 3, 3), picture().frames().get(0).kernel());
    }

    @Test
    void zeroPaddingIsMarkedAndWhatLiesBeyondItIsEmpty() {
        lesson.setSpec(ConvSpec.VALID.withPadding(Padding.SAME)); // one cell of zeros on every side
        lesson.moveTo(0, 0, 0); // the field starts at (-1, -1, -1)
        CloseUp p = picture();
        assertEquals(-1, p.firstRow());
        assertEquals(-1, p.firstColumn());
        CloseUp.Tile before = p.frames().get(0);
        assertEquals(-1, before.inputFrame());
        for (int cell : before.cells()) {
            assertEquals(CloseUp.PADDING, cell, "a whole frame of padding");
        }
        CloseUp.Tile first = p.frames().get(1);
        assertEquals(CloseUp.PADDING, first.cells()[0], "row -1");
        assertEquals(rgb(0, 0, 0), first.cells()[p.columns() + 1]);
        lesson.moveTo(0, 11, 11); // the field covers rows and columns 10-12, the last in the padding
        p = picture();
        int last = p.rows() * p.columns() - 1;
        int[] cells = p.frames().get(1).cells();
        assertEquals(CloseUp.BEYOND, cells[last], "row and column " + (p.firstRow() + p.rows() - 1));
        assertEquals(CloseUp.PADDING, cells[(12 - p.firstRow()) * p.columns() + 12 - p.firstColumn()], "row 12");
        assertEquals(new CloseUp.Outline(10 - p.firstRow(), 10 - p.firstColumn(), 3, 3),
                p.frames().get(1).kernel());
    }

    @Test
    void theArithmeticsFrameAndChannelArePickedOutAndCanBePickedHere() {
        lesson.selectMathFrame(2);
        assertEquals(2, picture().selectedFrame());
        assertEquals(2, picture().channel().inputFrame());
        lesson.selectMathChannel(1);
        CloseUp p = picture();
        int green = (int) clip.get(2, p.firstRow(), p.firstColumn(), 1);
        assertEquals(0xFF000000 | green << 8, p.channel().cells()[0], "the green channel in green");
        assertTrue(p.channel().label().endsWith("G"), p.channel().label());
        model.selectFrame(1);
        assertEquals(1, lesson.mathFrameProperty().get());
        model.nextChannel();
        model.nextChannel();
        assertEquals(0, lesson.mathChannelProperty().get(), "after B comes R again");
    }

    @Test
    void aOneChannelClipHasNoChannelTile() {
        Volume gray = new Volume(8, 12, 12, 1, new float[8 * 12 * 12]);
        lesson.load(gray, KernelBank.of(new Kernel(3, 3, 3, 1, new float[27], 0)));
        assertNull(picture().channel());
        assertEquals(3, picture().tiles().size());
    }

    @Test
    void hoveringShowsTheHoveredValuesFieldWithTheKernelWhereItFalls() {
        lesson.hover().hover(2, 3, 4);
        CloseUp p = picture();
        assertTrue(p.hovering());
        assertEquals(2, p.frames().get(0).inputFrame());
        assertEquals(new CloseUp.Outline(3 - p.firstRow(), 4 - p.firstColumn(), 3, 3), p.frames().get(0).hover());
        // the kernel, at (0, 0, 0), reads frames 0-2: it shows in the tile of frame 2 only, where the window has it
        assertEquals(new CloseUp.Outline(0, 0, 3, 3), p.frames().get(0).kernel());
        assertNull(p.frames().get(1).kernel());
        lesson.hover().clear();
        assertFalse(picture().hovering());
        assertNull(picture().frames().get(0).hover());
        assertEquals(0, picture().frames().get(0).inputFrame());
    }

    @Test
    void aDilatedKernelsGapsAreMarked() {
        lesson.setSpec(ConvSpec.VALID.withDilation(new Axis3(1, 2, 2)));
        CloseUp.Tile tile = picture().frames().get(0);
        int skipped = 0;
        for (boolean s : tile.skipped()) {
            skipped += s ? 1 : 0;
        }
        assertEquals(5 * 5 - 3 * 3, skipped, "a 3x3 kernel spread over 5x5 cells steps over 16");
        assertEquals(new CloseUp.Outline(0, 0, 5, 5), tile.kernel());
    }

    @Test
    void windowsStartOnPagesCountedFromTheFirstPlaceAFieldCanStart() {
        assertEquals(-2, CloseUpModel.windowStart(-2, -2));
        assertEquals(-2, CloseUpModel.windowStart(2, -2));
        assertEquals(3, CloseUpModel.windowStart(3, -2));
        assertEquals(10, CloseUpModel.windowStart(14, 0));
    }

    private CloseUp picture() {
        return model.pictureProperty().get();
    }

    private int rgb(int t, int y, int x) {
        return 0xFF000000 | (int) clip.get(t, y, x, 0) << 16 | (int) clip.get(t, y, x, 1) << 8
                | (int) clip.get(t, y, x, 2);
    }

    private static Volume randomClip(int t, int h, int w) {
        Random rnd = new Random(7);
        float[] data = new float[t * h * w * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextInt(256);
        }
        return new Volume(t, h, w, 3, data);
    }
}
