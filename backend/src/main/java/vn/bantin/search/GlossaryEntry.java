package vn.bantin.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GlossaryEntry", description = "An abbreviation that search understands, and what it stands for")
public record GlossaryEntry(
        @Schema(examples = "QCDC") String term,
        @Schema(examples = "Quy chế dân chủ") String expansion) {}
