package vn.bantin.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page and size of every paged list, documented once ({@code @BeanParam}); read as text, checked by parse. */
public class PageParams {
    @Parameter(
            description = "Page number, 1-based",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @QueryParam("page")
    public String page;

    @Parameter(
            description = "Items per page",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            minimum = "1",
                            maximum = "" + PageRequest.MAX_SIZE,
                            defaultValue = "" + PageRequest.DEFAULT_SIZE))
    @QueryParam("size")
    public String size;

    /** The page asked for; a mistake is collected into {@code params}' one 400. */
    public PageRequest parse(QueryParams params) {
        return PageRequest.parse(params, page, size);
    }
}
