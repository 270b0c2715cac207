package app.conv3d.ui.kernel;

/**
 * Runs TestFX without a display (Monocle's headless platform, software rendering, the glass robot) unless the build
 * already chose otherwise (e.g. a run on a real screen with -Dtestfx.headless=false). Must run before the toolkit
 * starts: call it from a UI test class's static initialiser.
 */
public final class HeadlessFx {
    private HeadlessFx() {
    }

    public static void configure() {
        if (!"false".equals(System.getProperty("testfx.headless"))) {
            setIfAbsent("testfx.headless", "true");
            setIfAbsent("testfx.robot", "glass");
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("prism.text", "t2k");
            setIfAbsent("java.awt.headless", "true");
            setIfAbsent("headless.geometry", "1920x1600-32");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
