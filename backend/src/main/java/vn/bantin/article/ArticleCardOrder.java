package vn.bantin.article;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * SmallRye merges the properties of an {@code @JsonUnwrapped} record in no particular order: put the card's first,
 * in the order Jackson writes them, so that the documented schemas (and generated clients) read like the answers.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ArticleCardOrder implements OASFilter {
    private static final List<String> CARD = Arrays.stream(ArticleCard.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null || !properties.keySet().containsAll(CARD)) {
                continue;
            }
            Map<String, Schema> ordered = new LinkedHashMap<>();
            CARD.forEach(name -> ordered.put(name, properties.get(name)));
            properties.forEach(ordered::putIfAbsent);
            schema.setProperties(ordered);
            if (schema.getRequired() != null) {
                List<String> names = new ArrayList<>(ordered.keySet());
                List<String> required = new ArrayList<>(schema.getRequired());
                required.sort(Comparator.comparingInt(names::indexOf));
                schema.setRequired(required);
            }
        }
    }
}
