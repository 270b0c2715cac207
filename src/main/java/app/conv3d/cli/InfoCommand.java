package app.conv3d.cli;

import app.conv3d.core.Conv3d;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.Volume;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shapes and cost of a convolution without computing it; or the kernel presets. */
@Command(name = "info", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the input, kernel and output shapes and the multiply-add count, without computing.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConvOptions conv;

    @Option(names = "--kernels", description = "List the kernel presets with what each one detects.")
    boolean kernels;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (kernels) {
            out.println(KernelPreset.describeAll());
            out.flush();
            return ExitCodes.OK;
        }
        Volume volume = conv.readInput();
        KernelBank bank = conv.readKernels(volume.channels());
        Shapes.print(out, volume, bank, Conv3d.shape(volume, bank, conv.spec()));
        out.flush();
        return ExitCodes.OK;
    }
}
