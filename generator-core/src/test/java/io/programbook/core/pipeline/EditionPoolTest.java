package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The pool the editions of a run are rendered on: results in the given order whatever order the
 * editions finish in, really in parallel, the first failure in order, and no thread left behind.
 */
class EditionPoolTest {

    @Test
    void should_return_the_results_in_the_given_order_when_later_tasks_finish_first() {
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            tasks.add(() -> {
                sleep(5L * (8 - n)); // the first task finishes last
                return n;
            });
        }

        assertThat(EditionPool.run(tasks, 4)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(poolThreads()).isEmpty();
    }

    @Test
    void should_run_tasks_at_the_same_time_on_as_many_threads_as_asked() {
        // Each task waits until all three run: with fewer than three threads at once this never ends.
        CountDownLatch together = new CountDownLatch(3);
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        Supplier<String> task = () -> {
            threads.add(Thread.currentThread().getName());
            together.countDown();
            try {
                return together.await(20, TimeUnit.SECONDS) ? "met" : "alone";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        int before = EditionPool.threadsStarted();

        assertThat(EditionPool.run(List.of(task, task, task), 3)).containsExactly("met", "met", "met");
        assertThat(EditionPool.threadsStarted() - before).isEqualTo(3);
        assertThat(threads).allMatch(name -> name.startsWith(EditionPool.THREAD_NAME));
    }

    @Test
    void should_run_one_after_the_other_on_the_calling_thread_with_one_thread() {
        List<String> threads = new ArrayList<>();
        Supplier<String> task = () -> {
            threads.add(Thread.currentThread().getName());
            return "done";
        };
        int before = EditionPool.threadsStarted();

        assertThat(EditionPool.run(List.of(task, task, task), 1)).hasSize(3);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
        assertThat(EditionPool.threadsStarted()).isEqualTo(before);
    }

    @Test
    void should_fail_with_the_first_failure_in_order_and_leave_no_thread_behind() {
        AtomicInteger ran = new AtomicInteger();
        List<Supplier<String>> tasks = new ArrayList<>();
        tasks.add(() -> {
            sleep(100); // finishes after task 2 failed: still part of the run
            ran.incrementAndGet();
            return "first";
        });
        tasks.add(() -> {
            sleep(50);
            throw new IllegalArgumentException("edition 1 is broken");
        });
        tasks.add(() -> {
            throw new IllegalStateException("edition 2 is broken too, and fails first");
        });
        for (int i = 0; i < 20; i++) {
            tasks.add(() -> {
                sleep(20);
                ran.incrementAndGet();
                return "later";
            });
        }

        assertThatThrownBy(() -> EditionPool.run(tasks, 2))
                .isInstanceOfSatisfying(
                        EditionPool.Failed.class, f -> assertThat(f.index()).isEqualTo(1))
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edition 1 is broken");
        assertThat(poolThreads()).as("threads of the pool still alive").isEmpty();
        int after = ran.get();
        assertThat(after).as("the tasks after the failure are cancelled").isLessThan(21);
        sleep(100);
        assertThat(ran.get()).as("nothing runs after the pool returned").isEqualTo(after);
    }

    @Test
    void should_pass_an_error_on_as_it_is() {
        Supplier<String> fine = () -> "fine";
        Supplier<String> broken = () -> {
            throw new StackOverflowError("deep");
        };

        for (int threads : new int[] {1, 3}) {
            assertThatThrownBy(() -> EditionPool.run(List.of(fine, broken, fine), threads))
                    .isInstanceOfSatisfying(
                            EditionPool.Failed.class, f -> assertThat(f.index()).isEqualTo(1))
                    .cause()
                    .isInstanceOf(StackOverflowError.class);
        }
        assertThat(poolThreads()).isEmpty();
    }

    /** The live threads of edition pools. */
    static List<String> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith(EditionPool.THREAD_NAME))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
