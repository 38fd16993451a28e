package vn.bantin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The article package uses search (the list's engine, the highlight, the folded texts it stores); search knows
 * nothing of articles but through the query model in listing, so that neither package's changes ripple round a
 * cycle (issue #18).
 */
class SearchPackageTest {
    @Test
    void searchNamesNothingOfTheArticlePackage() throws IOException {
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/vn/bantin/search"))) {
            List<String> uses = sources.flatMap(SearchPackageTest::lines)
                    .filter(line -> line.contains("vn.bantin.article"))
                    .toList();
            assertEquals(List.of(), uses);
        }
    }

    private static Stream<String> lines(Path source) {
        try {
            return Files.readAllLines(source).stream().map(line -> source.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
