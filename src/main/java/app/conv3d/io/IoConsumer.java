package app.conv3d.io;

import java.io.IOException;

/** A consumer that may throw {@link IOException}: the body of an atomic write. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
