package nl.statenwerk.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.api.OParlViews.File;
import nl.statenwerk.api.OParlViews.ListPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The OParl File objects of public files. */
@Component
class OParlFiles {

    @Nullable
    File file(UUID fileId) {
        return null;
    }

    Optional<File> one(UUID fileId, OParlMapper mapper) {
        return Optional.ofNullable(file(fileId));
    }

    ListPage<Object> page(UUID bodyId, Paging paging, OParlMapper mapper, String baseUrl) {
        return OParlController.listPage(List.of(), paging, null, baseUrl);
    }
}
