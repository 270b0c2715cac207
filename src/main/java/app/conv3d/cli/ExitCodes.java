package app.conv3d.cli;

/** The command line's exit codes, as other tools rely on them. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL_FAULT = 1;
    static final int USER_ERROR = 2;

    private ExitCodes() {
    }
}
