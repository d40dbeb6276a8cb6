package io.programbook.core.load;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A value made once per loaded program: the documents of an edition ask for the same register or
 * findings several times, over the same {@link ProgramInputs} (by identity, so a program loaded
 * again, as the live preview does on every change, makes the value again). Holds the values of the
 * last {@link #REMEMBERED} inputs, weakly, since editions rendered at the same time alternate.
 * Thread-safe; two threads asking at once may both make the value, and either is kept.
 *
 * @param <V> the value
 */
public final class PerInputs<V> {

    static final int REMEMBERED = 64;

    private final List<Made<V>> made = new ArrayList<>();

    private record Made<V>(WeakReference<Object> inputs, WeakReference<Object> with, V value) {}

    /** The value for these inputs, made now if not made before. */
    public V of(ProgramInputs inputs, Supplier<V> make) {
        return of(inputs, inputs, make);
    }

    /**
     * The value for these inputs and a second object made from them (e.g. their resolved profile),
     * both by identity, made now if not made before.
     */
    public V of(ProgramInputs inputs, Object with, Supplier<V> make) {
        synchronized (made) {
            for (int i = made.size() - 1; i >= 0; i--) {
                Made<V> m = made.get(i);
                if (m.inputs().get() == inputs && m.with().get() == with) {
                    return m.value();
                }
            }
        }
        V value = make.get();
        synchronized (made) {
            made.removeIf(m -> m.inputs().get() == null || m.with().get() == null);
            made.add(new Made<>(new WeakReference<>(inputs), new WeakReference<>(with), value));
            if (made.size() > REMEMBERED) {
                made.remove(0);
            }
        }
        return value;
    }
}
