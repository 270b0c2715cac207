package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.KernelBank;
import app.conv3d.io.BankFiles;
import app.conv3d.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab's files: loading kernels from a .npy or .json file and saving the selected kernel or the whole bank.
 * Outcomes and problems become the lab's one-line message, never an exception. Toolkit-free.
 */
public final class KernelFilesModel {
    private final KernelLabModel lab;

    KernelFilesModel(KernelLabModel lab) {
        this.lab = lab;
    }

    /** Replaces the lab's kernels with those of a .npy or .json file; problems become one-line messages. */
    public boolean load(Path file) {
        try {
            KernelBank bank = LabFiles.read(file, lab.channels());
            GeometryRules r = lab.rulesFor(lab.flat() ? new Axis3(1, bank.size().h(), bank.size().w()) : bank.size());
            Optional<String> why = r.problem();
            if (why.isPresent()) {
                lab.say(LabMessage.error(Messages.text("lab.files.loadNoOutput", file.getFileName(), bank.size(), why.get())));
                return false;
            }
            lab.sendSelecting(LabBank.adopt(bank), 0);
            lab.say(LabMessage.info(Messages.text("lab.files.loaded", KernelLabModel.count(bank.count()), bank.size(), file.getFileName())));
            return true;
        } catch (IOException | RuntimeException e) {
            lab.say(LabMessage.error(LabFiles.readable(file, e)));
            return false;
        }
    }

    /** Saves the selected 3D kernel. */
    public boolean saveKernel(Path file) {
        LabBank bank = lab.bank();
        int n = lab.selectedIndex();
        return bank != null && save(file, KernelBank.of(bank.kernel(n)), Messages.text("lab.files.kernelN", n));
    }

    /** Saves every 3D kernel of the lab. */
    public boolean saveBank(Path file) {
        LabBank bank = lab.bank();
        return bank != null && save(file, bank.bank(), Messages.text("lab.files.bankOf", KernelLabModel.count(bank.count())));
    }

    private boolean save(Path requested, KernelBank bank, String what) {
        Path file = LabFiles.withExtension(requested);
        try {
            BankFiles.write(file, bank);
            boolean biasesLost = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")
                    && bank.kernels().stream().anyMatch(k -> k.bias() != 0);
            lab.say(LabMessage.info(Messages.text(biasesLost ? "lab.files.savedWeightsOnly" : "lab.files.saved", what, file.getFileName())));
            return true;
        } catch (IOException | RuntimeException e) {
            lab.say(LabMessage.error(LabFiles.readable(file, e)));
            return false;
        }
    }
}
