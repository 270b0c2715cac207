package app.conv3d.cli;

import picocli.CommandLine;

/** {@code HxW} or {@code native}; native is represented as null. */
final class FrameSizeConverter implements CommandLine.ITypeConverter<int[]> {
    static final int MAX_SIDE = 4096;

    @Override
    public int[] convert(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("native")) {
            return null;
        }
        String[] parts = t.split("x");
        if (parts.length != 2) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not HxW (e.g. 256x256) or native");
        }
        int h;
        int w;
        try {
            h = Integer.parseInt(parts[0]);
            w = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not HxW (e.g. 256x256) or native");
        }
        if (h < 1 || w < 1 || h > MAX_SIDE || w > MAX_SIDE) {
            throw new CommandLine.TypeConversionException("frame size " + text + " must be 1.." + MAX_SIDE + " per side");
        }
        return new int[] {h, w};
    }
}
