package de.lotse.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final String NAME = "Aischa Al-Khatib";

    @Test
    void namesTheClassesOfTheCauseChainButNoMessage() {
        SQLException root = new SQLException("duplicate key: " + NAME + ", born 07.03.1991");
        IOException middle = new IOException("cannot store " + NAME, root);
        IllegalStateException top = new IllegalStateException("import of " + NAME + " failed", middle);

        String text = Failures.describe(top);

        assertThat(text).contains(IllegalStateException.class.getName(), IOException.class.getName(),
                SQLException.class.getName());
        assertThat(text.indexOf(IllegalStateException.class.getName()))
                .isLessThan(text.indexOf(IOException.class.getName()));
        assertThat(text.indexOf(IOException.class.getName()))
                .isLessThan(text.indexOf(SQLException.class.getName()));
        assertThat(text).doesNotContain(NAME).doesNotContain("Al-Khatib").doesNotContain("07.03.1991");
        assertThat(text).contains(FailuresTest.class.getName());
    }

    @Test
    void leavesOutTheMessageOfAWrappingException() {
        UncheckedIOException wrapped = new UncheckedIOException(new IOException(NAME));

        String text = Failures.describe(wrapped);

        // the wrapper's message is the cause's toString, which quotes the name
        assertThat(wrapped.getMessage()).contains(NAME);
        assertThat(text).doesNotContain(NAME).contains(UncheckedIOException.class.getName());
    }

    @Test
    void limitsTheStackFrames() {
        Throwable deep = recurse(50);

        String text = Failures.describe(deep);

        assertThat(text.split("recurse", -1).length - 1).isEqualTo(6);
    }

    @Test
    void describesAFailureWithoutStackTrace() {
        RuntimeException bare = new RuntimeException(NAME, null, false, false) { };

        assertThat(Failures.describe(bare)).doesNotContain(NAME).contains(FailuresTest.class.getName() + "$");
    }

    @Test
    void visitsEachExceptionOfACauseCycleOnce() {
        Looping a = new Looping();
        Looping b = new Looping();
        a.other = b;
        b.other = a;

        String text = Failures.describe(a);

        assertThat(text).doesNotContain(NAME);
        assertThat(text.split(Looping.class.getName().replace("$", "\\$"), -1).length - 1).isBetween(2, 3);
    }

    private static Throwable recurse(int depth) {
        return depth == 0 ? new IllegalArgumentException(NAME) : recurse(depth - 1);
    }

    /**
     * Half of a cause cycle. Gives up the cycle after a few dozen turns so that a describer
     * without cycle detection fails this test instead of filling the heap.
     */
    private static final class Looping extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private transient Looping other;
        private int turns;

        Looping() {
            super(NAME, null, false, false);
        }

        @Override
        public synchronized Throwable getCause() {
            return ++turns > 50 ? null : other;
        }
    }
}
