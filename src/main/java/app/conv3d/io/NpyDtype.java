package app.conv3d.io;

import java.nio.ByteOrder;

/** The NumPy element types this app reads; all become floats. Anything else is refused, never unpickled. */
public enum NpyDtype {
    UINT8("|u1", 1, ByteOrder.LITTLE_ENDIAN),
    INT8("|i1", 1, ByteOrder.LITTLE_ENDIAN),
    FLOAT32("<f4", 4, ByteOrder.LITTLE_ENDIAN),
    FLOAT32_BIG_ENDIAN(">f4", 4, ByteOrder.BIG_ENDIAN),
    FLOAT64("<f8", 8, ByteOrder.LITTLE_ENDIAN),
    FLOAT64_BIG_ENDIAN(">f8", 8, ByteOrder.BIG_ENDIAN);

    private final String descr;
    private final int itemSize;
    private final ByteOrder order;

    NpyDtype(String descr, int itemSize, ByteOrder order) {
        this.descr = descr;
        this.itemSize = itemSize;
        this.order = order;
    }

    /** The header's {@code descr} string, as NumPy writes it. */
    public String descr() {
        return descr;
    }

    public int itemSize() {
        return itemSize;
    }

    public ByteOrder order() {
        return order;
    }

    /**
     * The dtype for a {@code descr} string, or null. Single bytes have no byte order, so
     * {@code u1}, {@code <u1}, {@code >u1}, {@code =u1} and {@code |u1} are all accepted.
     */
    static NpyDtype parse(String descr) {
        for (NpyDtype d : values()) {
            if (d.descr.equals(descr)) {
                return d;
            }
            if (d.itemSize == 1 && descr.length() == 3 && "<>=".indexOf(descr.charAt(0)) >= 0
                    && descr.substring(1).equals(d.descr.substring(1))) {
                return d;
            }
            if (d.itemSize == 1 && descr.equals(d.descr.substring(1))) {
                return d;
            }
        }
        return null;
    }
}
