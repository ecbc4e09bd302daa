package nl.statenwerk.council;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a list, with the position to continue from when there is more. */
public record Slice<T>(List<T> items, @Nullable Cursor next) {}
