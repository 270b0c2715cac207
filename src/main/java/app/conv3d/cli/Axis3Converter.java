package app.conv3d.cli;

import app.conv3d.core.Axis3;
import picocli.CommandLine;

/**
 * {@code T,H,W} or {@code TxHxW} (or one number for all three axes) as an {@link Axis3}: the geometry options write
 * commas, sizes an {@code x}, and either is read everywhere.
 */
final class Axis3Converter implements CommandLine.ITypeConverter<Axis3> {

    @Override
    public Axis3 convert(String text) {
        String[] parts = text.trim().split("\\s*[,xX]\\s*");
        if (parts.length == 1) {
            return Axis3.all(number(parts[0], text));
        }
        if (parts.length != 3) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not T,H,W or TxHxW (three whole numbers)");
        }
        return new Axis3(number(parts[0], text), number(parts[1], text), number(parts[2], text));
    }

    static int number(String part, String whole) {
        try {
            return Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + whole + "' is not T,H,W or TxHxW (three whole numbers)");
        }
    }
}
