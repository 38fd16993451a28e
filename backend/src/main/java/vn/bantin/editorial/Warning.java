package vn.bantin.editorial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditorialWarning", description = "Something that looks like a mistake; never blocks a save")
public record Warning(
        @Schema(
                enumeration = {
                    "implausible-year",
                    "repeated-word",
                    "double-space",
                    "empty-paragraph",
                    "unknown-abbreviation"
                },
                examples = "implausible-year")
        String code,

        @Schema(
                enumeration = {"title", "summary", "bodyHtml"},
                examples = "title")
        String field,

        @Schema(examples = "Năm 20024 có thể gõ nhầm") String message,

        @Schema(description = "The words where it was found, as they stand in the text", examples = "năm 20024")
        String excerpt) {}
