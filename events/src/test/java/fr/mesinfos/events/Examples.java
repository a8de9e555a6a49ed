package fr.mesinfos.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Test helper: the examples of every category's schema, for parameterized tests. */
final class Examples {

    private Examples() {
    }

    static JsonNode schema(Category category) {
        return PayloadValidator.shared().schemaDocument(category);
    }

    static List<JsonNode> of(Category category) {
        List<JsonNode> examples = new ArrayList<>();
        schema(category).path("examples").forEach(examples::add);
        return examples;
    }

    /** (category, example index, example) for every example of every category. */
    static Stream<Arguments> all() {
        return CategoryCatalog.all().stream().flatMap(category -> {
            List<JsonNode> examples = of(category);
            return java.util.stream.IntStream.range(0, examples.size())
                    .mapToObj(i -> Arguments.of(category, i, examples.get(i)));
        });
    }

    static CategoryPayload typed(Category category, JsonNode example) throws Exception {
        return EventJson.fromTree(example, category.payloadType());
    }

    static <T> T first(Category category, Class<T> type) throws Exception {
        return EventJson.fromTree(of(category).getFirst(), type);
    }
}
