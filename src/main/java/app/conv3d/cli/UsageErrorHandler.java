package app.conv3d.cli;

import picocli.CommandLine;

/** A wrong option or argument: one line naming it and where to get help, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("error: " + ex.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        cl.getErr().flush();
        return ExitCodes.USER_ERROR;
    }
}
