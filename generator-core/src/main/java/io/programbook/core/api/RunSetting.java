package io.programbook.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request component that sets how a run works, never what it writes (how many threads
 * render the editions, where conversions are kept between runs): two runs that differ only in it write the same bytes. The up-to-date check
 * does not compare it, the build state does not record it, and a path in it is not an input (what
 * a run writes into the conversion cache does not make the next run render again), so changing it
 * renders nothing again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RunSetting {}
