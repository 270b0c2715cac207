package app.conv3d.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command and its subcommands. Register a new subcommand in {@link #commandLine()}. */
@Command(name = "conv3d-explorer", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "See how a 3D convolution sees motion. Without a subcommand it opens the window: "
                + "conv3d-explorer [LESSON_FILE] [--theme ...] [--fullscreen] ... (see 'conv3d-explorer window --help').")
public final class Commands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand");
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Commands());
        cl.addSubcommand(new RenderCommand());
        cl.addSubcommand(new InfoCommand());
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new SnapshotCommand());
        cl.addSubcommand(new CaptureCommand());
        cl.addSubcommand(new WindowOptions());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        return cl;
    }
}
