package app.conv3d.cli;

import app.conv3d.core.Axis3;
import app.conv3d.core.Padding;
import picocli.CommandLine;

/** {@code valid}, {@code same} or {@code T,H,W} as a {@link Padding}. */
final class PaddingConverter implements CommandLine.ITypeConverter<Padding> {

    @Override
    public Padding convert(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("valid")) {
            return Padding.VALID;
        }
        if (t.equals("same")) {
            return Padding.SAME;
        }
        Axis3 amounts;
        try {
            amounts = new Axis3Converter().convert(t);
        } catch (CommandLine.TypeConversionException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not valid, same or T,H,W");
        }
        return Padding.of(amounts.t(), amounts.h(), amounts.w());
    }
}
