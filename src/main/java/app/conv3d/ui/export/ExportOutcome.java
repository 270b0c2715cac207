package app.conv3d.ui.export;

import app.conv3d.ui.i18n.Messages;
import java.nio.file.Path;

/** How an export ended, with the line the dialog shows. */
public record ExportOutcome(Status status, Path target, String message) {
    public enum Status { WRITTEN, CANCELLED, FAILED }

    static ExportOutcome written(Path target) {
        return new ExportOutcome(Status.WRITTEN, target, Messages.text("export.wrote", target));
    }

    static ExportOutcome cancelled(Path target) {
        return new ExportOutcome(Status.CANCELLED, target, Messages.text("export.cancelled"));
    }

    static ExportOutcome failed(Path target, String message) {
        return new ExportOutcome(Status.FAILED, target, message);
    }
}
