package app.conv3d.ui.export;

import app.conv3d.core.KernelBank;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.kernel.KernelOrigin;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export calls each kernel of a bank: its 0-based index, as everywhere in the window, and the preset it
 * is ("2  temporal difference"), or "edited" for weights no preset builds, as the lab's bank names them.
 */
final class KernelCaptions {
    private KernelCaptions() {
    }

    static List<String> of(KernelBank bank) {
        List<String> captions = new ArrayList<>(bank.count());
        for (int n = 0; n < bank.count(); n++) {
            String name = KernelOrigin.recognise(bank.get(n)).map(KernelOrigin::shortLabel).orElse(Messages.text("lab.slot.edited"));
            captions.add(n + "  " + name);
        }
        return captions;
    }
}
