package nl.statenwerk.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchEngineContractTest extends SearchEngineContract {

    @TempDir
    Path dir;

    @Override
    SearchEngine open() {
        return new LuceneSearchEngine(dir);
    }
}
