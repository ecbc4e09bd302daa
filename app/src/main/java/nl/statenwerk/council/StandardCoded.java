package nl.statenwerk.council;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A value list whose constants carry their code in the ODS Open Raadsinformatie standard. */
public interface StandardCoded {

    /** The standard's value; {@code null} where the standard has none for this constant. */
    @Nullable
    String code();

    /** The constant for a standard value; empty for a value the standard does not know. */
    static <E extends Enum<E> & StandardCoded> Optional<E> fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> code.equals(v.code()))
                .findFirst();
    }
}
