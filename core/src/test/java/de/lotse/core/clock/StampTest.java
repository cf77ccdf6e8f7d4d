package de.lotse.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StampTest {

    private static final String DEVICE = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    @Property
    void textOrderIsStampOrder(@ForAll("stamps") Stamp a, @ForAll("stamps") Stamp b) {
        assertThat(Integer.signum(a.encode().compareTo(b.encode())))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Property
    void decodeReversesEncode(@ForAll("stamps") Stamp stamp) {
        String text = stamp.encode();
        assertThat(text).hasSize(12 + 1 + 4 + 1 + 36);
        assertThat(Stamp.decode(text)).isEqualTo(stamp);
    }

    @Property
    void compareToAgreesWithEquals(@ForAll("stamps") Stamp a, @ForAll("stamps") Stamp b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    /** Few distinct millis, counters and devices, so that ties on the leading fields are common. */
    @Provide
    Arbitrary<Stamp> stamps() {
        Arbitrary<Long> millis = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 0xFFFF_FFFF_FFFFL),
                Arbitraries.of(0L, 1L, 15L, 16L, 255L, 256L, 1_700_000_000_000L, 0xFFFF_FFFF_FFFFL));
        Arbitrary<Integer> counters = Arbitraries.oneOf(
                Arbitraries.integers().between(0, Stamp.MAX_COUNTER),
                Arbitraries.of(0, 1, 9, 10, 15, 16, Stamp.MAX_COUNTER));
        Arbitrary<UUID> devices = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new),
                Arbitraries.of(new UUID(0, 0), new UUID(-1, -1), new UUID(1, -1), new UUID(-1, 1),
                        UUID.fromString(DEVICE)));
        return Combinators.combine(millis, counters, devices).as(Stamp::new);
    }

    @Test
    void encodesFixedWidthLowercaseHex() {
        assertThat(new Stamp(0x18c2e4f1a2bL, 3, UUID.fromString(DEVICE)).encode())
                .isEqualTo("018c2e4f1a2b-0003-" + DEVICE);
    }

    @Test
    void rejectsFieldsOutOfRange() {
        UUID device = UUID.fromString(DEVICE);
        assertThatIllegalArgumentException().isThrownBy(() -> new Stamp(-1, 0, device));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stamp(0x1_0000_0000_0000L, 0, device));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stamp(0, -1, device));
        assertThatIllegalArgumentException().isThrownBy(() -> new Stamp(0, Stamp.MAX_COUNTER + 1, device));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "",
        "018c2e4f1a2b-0003-" + DEVICE + "0",
        "018c2e4f1a2b-0003-" + "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f",
        "018c2e4f1a2b_0003-" + DEVICE,
        "018c2e4f1a2b-0003_" + DEVICE,
        "018c2e4f1a2x-0003-" + DEVICE,
        "018c2e4f1a2b-00g3-" + DEVICE,
        "018c2e4f1a2b-0003-" + "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1fz",
        "018c2e4f1a2b-0003-" + "0f1e2d3c04b5a-6978-8796-a5b4c3d2e1f0",
        "-00000000001-0003-" + DEVICE,
        "018c2e4f1a2b-0003-not-a-uuid-at-all-but-36-characters!",
    })
    void decodeRejectsMalformedText(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Stamp.decode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+0000000000a-0003-" + DEVICE,
        "018c2e4f1a2b-+003-" + DEVICE,
    })
    void decodeRejectsSignedFields(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Stamp.decode(text));
    }
}
