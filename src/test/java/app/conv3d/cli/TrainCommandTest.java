package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.io.ClipWriter;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.KernelJson;
import app.conv3d.io.ModelJson;
import app.conv3d.io.Volumes;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.MotionClips;
import app.conv3d.train.MotionClips.Motion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} and {@code classify} as the issue words their contract. */
class TrainCommandTest {
    private static final List<Motion> MOTIONS = List.of(Motion.RIGHT, Motion.LEFT, Motion.STILL);

    @TempDir
    Path dir;
    Path data;
    Path test;

    @BeforeEach
    void writeClips() throws IOException {
        data = writeSet("data", 4, 1);
        test = writeSet("test", 2, 2);
    }

    private Path writeSet(String name, int perClass, long seed) throws IOException {
        MotionClips source = new MotionClips(seed);
        Path root = Files.createDirectory(dir.resolve(name));
        for (Motion m : MOTIONS) {
            Path folder = Files.createDirectory(root.resolve(m.label()));
            for (int i = 0; i < perClass; i++) {
                Volume clip = source.next(m, 8, 16, 16);
                if (m == Motion.STILL) {
                    ClipWriter.write(folder.resolve("clip" + i), clip); // a folder of PNG frames
                } else {
                    Volumes.write(folder.resolve("clip" + i + ".npy"), clip);
                }
            }
        }
        return root;
    }

    private CliRun train(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data.toString(), "--frames", "8",
                "--size", "16x16", "--kernel-size", "3x3x3", "--epochs", "3"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** {@link #train} with {@code option} set to {@code value} in place of the usual one. */
    private CliRun trainWith(String option, String value, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data.toString(), "--frames", "8",
                "--size", "16x16", "--kernel-size", "3x3x3", "--epochs", "3"));
        int at = args.indexOf(option);
        if (at < 0) {
            args.addAll(List.of(option, value));
        } else {
            args.set(at + 1, value);
        }
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void printsEachEpochThenTheHeldOutAccuracyAndWritesTheBankAndTheModel() throws IOException {
        Path bank = dir.resolve("bank.json");
        Path model = dir.resolve("model.json");
        CliRun run = train("--test", test.toString(), "--out", bank.toString(), "--model", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        for (int e = 1; e <= 3; e++) {
            assertTrue(lines.get(e - 1).matches("epoch " + e + " loss \\d+\\.\\d{4} train-acc [01]\\.\\d{3}"),
                    lines.get(e - 1));
        }
        assertTrue(run.lastLine().matches("test accuracy [01]\\.\\d{3} \\(6 clips\\)"), run.lastLine());
        ClipClassifier trained = ModelJson.read(model);
        assertEquals(List.of("left", "right", "still"), trained.classes());
        KernelBank raw = KernelJson.read(bank);
        assertEquals(4, raw.count());
        Volume clip = Volumes.fromNpy(app.conv3d.io.NpyReader.read(data.resolve("left/clip0.npy")));
        FeatureVolume onRaw = Conv3d.apply(clip, raw, ConvSpec.VALID);
        FeatureVolume onScaled = Conv3d.apply(ClipClassifier.scaled(clip), trained.bank(), ConvSpec.VALID);
        for (int i = 0; i < onRaw.data().length; i++) {
            assertEquals(onScaled.data()[i], onRaw.data()[i], 1e-3 + 1e-4 * Math.abs(onScaled.data()[i]));
        }
    }

    @Test
    void withoutHeldOutClipsTheLastLineIsTheTrainingAccuracyAndNpyHoldsTheWeights() throws IOException {
        Path bank = dir.resolve("bank.npy");
        Path model = dir.resolve("model.json");
        CliRun run = train("--out", bank.toString(), "--model", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastLine().matches("train accuracy [01]\\.\\d{3} \\(12 clips\\)"), run.lastLine());
        KernelBank raw = ModelJson.read(model).bankForRawClips();
        KernelBank weights = KernelFiles.read(bank);
        for (int n = 0; n < raw.count(); n++) {
            assertEquals(raw.get(n).withBias(0), weights.get(n));
        }
    }

    @Test
    void classifyPrintsEveryClassesProbability() throws IOException {
        Path model = dir.resolve("model.json");
        assertEquals(0, train("--model", model.toString()).exitCode());
        CliRun run = CliRun.of("classify", "--model", model.toString(), "--input",
                test.resolve("right/clip0.npy").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(3, lines.size());
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            String[] parts = lines.get(j).split(" ");
            assertEquals(List.of("left", "right", "still").get(j), parts[0]);
            sum += Double.parseDouble(parts[1]);
        }
        assertEquals(1, sum, 1e-3);
    }

    private void assertBadData(CliRun run, Path named) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(named.toString()), run.err());
        assertFalse(Files.exists(dir.resolve("model.json")), "a failed run wrote its model");
    }

    @Test
    void anOutputInsideTheTrainingDataIsRefusedAndTheClipKept() throws IOException {
        Path clip = data.resolve("left/clip0.npy");
        byte[] before = Files.readAllBytes(clip);
        CliRun run = train("--out", clip.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: " + clip + ": is inside the input folder"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertArrayEquals(before, Files.readAllBytes(clip), "the clip is untouched");
    }

    @Test
    void oneClassIsBadData() throws IOException {
        Path only = Files.createDirectories(dir.resolve("one/right"));
        Files.copy(data.resolve("right/clip0.npy"), only.resolve("a.npy"));
        data = dir.resolve("one");
        assertBadData(train("--model", dir.resolve("model.json").toString()), data);
    }

    @Test
    void anEmptyClassIsBadData() throws IOException {
        Path empty = Files.createDirectory(data.resolve("wave"));
        assertBadData(train("--model", dir.resolve("model.json").toString()), empty);
    }

    @Test
    void aClipOfOtherFramesIsBadData() throws IOException {
        Path shorter = data.resolve("still/short.npy");
        Volumes.write(shorter, new MotionClips(5).next(Motion.STILL, 5, 16, 16));
        assertBadData(train("--model", dir.resolve("model.json").toString()), shorter);
    }

    @Test
    void anUnreadableClipIsBadData() throws IOException {
        Path broken = data.resolve("left/broken.npy");
        Files.writeString(broken, "not a numpy file");
        assertBadData(train("--model", dir.resolve("model.json").toString()), broken);
    }

    @Test
    void aModelThatIsNotOneIsBadInput() throws IOException {
        Path notModel = Files.writeString(dir.resolve("k.json"), "{\"format\": \"something else\"}");
        CliRun run = CliRun.of("classify", "--model", notModel.toString(), "--input",
                test.resolve("right/clip0.npy").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(notModel.toString()), run.err());
    }

    @Test
    void benchTrainEndsWithTheEpochMedian() {
        CliRun run = CliRun.of("bench", "--train", "--runs", "1", "--warmup", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastLine().matches("epoch median \\d+\\.\\d ms"), run.lastLine());
    }

    @Test
    void aBadOptionIsNamedAsTyped() {
        String[][] cases = {
            {"--epochs", "100000", "error: --epochs must be 1..10000, got 100000"},
            {"--kernels", "0", "error: --kernels must be 1..256, got 0"},
            {"--seed", "-1", "error: --seed must be 0..4294967295, got -1"},
            {"--kernel-size", "0x5x5", "error: --kernel-size must be at least 1 on every axis, got 0x5x5"},
            {"--kernel-size", "9x3x3", "error: --kernel-size: time: the kernel spans 9 but the input is only 8"},
            {"--kernel-size", "5x5", "error: Invalid value for option '--kernel-size': '5x5' is not T,H,W or TxHxW"},
            {"--size", "big", "error: --size: frame size 'big' must be HxW"},
        };
        for (String[] c : cases) {
            CliRun run = trainWith(c[0], c[1]);
            assertEquals(2, run.exitCode(), c[0] + " " + c[1] + ": " + run.err());
            assertTrue(run.err().startsWith(c[2]), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertEquals("", run.out(), "nothing trained");
        }
    }

    @Test
    void theKernelSizeReadsTheSameWithCommasAsTheGeometryOptions() throws IOException {
        Path bank = dir.resolve("bank.json");
        CliRun run = trainWith("--kernel-size", "2,3,3", "--out", bank.toString());
        assertEquals(0, run.exitCode(), run.err());
        KernelBank written = KernelJson.read(bank, 3);
        assertEquals(new app.conv3d.core.Axis3(2, 3, 3), written.size());
    }
}
