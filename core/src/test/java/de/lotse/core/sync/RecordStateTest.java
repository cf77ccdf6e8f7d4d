package de.lotse.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.clock.Stamp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecordStateTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private final SyncJson json = new SyncJson(JsonMapper.builder().build());

    private static Stamp stamp(long millis, UUID device) {
        return new Stamp(millis, 0, device);
    }

    @Test
    void aVersionThatSawTheCurrentOneReplacesIt() {
        RecordState state = new RecordState();
        state.apply("city", new RecordState.Version(stamp(1, A), "\"Hagen\""), List.of());
        state.apply("city", new RecordState.Version(stamp(2, B), "\"Witten\""), List.of(stamp(1, A)));
        assertThat(state.heads("city")).extracting(RecordState.Version::value).containsExactly("\"Witten\"");
        assertThat(state.inConflict("city")).isFalse();
    }

    @Test
    void twoVersionsThatDidNotSeeEachOtherAreAConflictInEitherOrderUnlessEqual() {
        RecordState one = new RecordState();
        RecordState two = new RecordState();
        var base = new RecordState.Version(stamp(1, A), "\"Hagen\"");
        var fromA = new RecordState.Version(stamp(5, A), "\"Witten\"");
        var fromB = new RecordState.Version(stamp(3, B), "\"Iserlohn\"");
        for (RecordState state : List.of(one, two)) {
            state.apply("city", base, List.of());
        }
        one.apply("city", fromA, List.of(base.stamp()));
        one.apply("city", fromB, List.of(base.stamp()));
        two.apply("city", fromB, List.of(base.stamp()));
        two.apply("city", fromA, List.of(base.stamp()));
        assertThat(one).isEqualTo(two);
        assertThat(one.conflictedFields()).containsExactly("city");
        assertThat(one.shown("city")).map(RecordState.Version::value).contains("\"Witten\"");

        RecordState equal = new RecordState();
        equal.apply("city", base, List.of());
        equal.apply("city", new RecordState.Version(stamp(5, A), "\"Witten\""), List.of(base.stamp()));
        equal.apply("city", new RecordState.Version(stamp(3, B), "\"Witten\""), List.of(base.stamp()));
        assertThat(equal.inConflict("city")).as("equal values are no conflict").isFalse();
    }

    @Test
    void takingAVersionTwiceChangesNothingAndADeleteCanBeUndone() {
        RecordState state = new RecordState();
        var version = new RecordState.Version(stamp(1, A), "\"Hagen\"");
        state.apply("city", version, List.of());
        state.apply("city", version, List.of());
        assertThat(state.heads("city")).hasSize(1);
        state.apply(RecordState.DELETED, new RecordState.Version(stamp(2, A), RecordState.TRUE), List.of());
        assertThat(state.deleted()).isTrue();
        state.apply(RecordState.DELETED, new RecordState.Version(stamp(3, B), "false"), List.of(stamp(2, A)));
        assertThat(state.deleted()).isFalse();
        assertThat(state.shown("city")).isPresent();
    }

    @Test
    void statesAndChangesKeepTheirValuesTextExactlyThroughJson() {
        RecordState state = new RecordState();
        state.apply("city", new RecordState.Version(stamp(1, A), "\"Hagen \\\"Mitte\\\"\""), List.of());
        state.apply("amount", new RecordState.Version(stamp(1, A), "1234.50"), List.of());
        state.apply("city", new RecordState.Version(stamp(2, B), "null"), List.of());
        assertThat(json.readState(json.writeState(state))).isEqualTo(state);

        Change change = new Change("person", UUID.randomUUID(), stamp(7, B),
                Map.of("family_name", "\"Ağaoğlu\"", "interpreter_needed", "true"), Map.of("family_name", List.of(stamp(1, A))));
        byte[] body = ("[" + json.writeChange(change) + "]").getBytes(StandardCharsets.UTF_8);
        assertThat(json.readChanges(body)).containsExactly(change);
        assertThat(json.quote("Ağaoğlu")).isEqualTo(JsonMapper.builder().build().writeValueAsString("Ağaoğlu"));
        assertThat(json.string(json.quote("Tab\there"))).isEqualTo("Tab\there");
    }

    @Test
    void anythingElseIsRefusedInWords() {
        assertThatThrownBy(() -> json.readChanges("[{\"e\":\"person\"}]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.readChanges("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.readState("{\"~\":[],\"city\":[[3,\"x\"]]}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
