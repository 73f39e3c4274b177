using Encore.Catalog;
using Encore.Data;
using Encore.Tags;

namespace Encore.Web.Api;

public sealed record TagRefDto(string Name, string Type);

// A tag as its page shows it: what it is, the canonical tag it is a synonym of, its synonyms, the fandoms or media it
// belongs to, its meta and sub tags, and the tags that belong to it (the first TagNeighbours.ChildrenPerType of each
// type; ChildCount counts them all).
public sealed record TagDto(
    string Name, string Type, bool Canonical, TagRefDto? SynonymOf, IReadOnlyList<TagRefDto> Synonyms, IReadOnlyList<TagRefDto> Parents,
    IReadOnlyList<TagRefDto> MetaTags, IReadOnlyList<TagRefDto> SubTags, IReadOnlyList<TagRefDto> Children, int ChildCount, string Works);

public static class TagApiEndpoints
{
    // Kinds of tag a creator types freely; ratings, warnings and categories are fixed choices.
    private static readonly Dictionary<string, TagType> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fandom"] = TagType.Fandom, ["relationship"] = TagType.Relationship, ["character"] = TagType.Character, ["freeform"] = TagType.Freeform,
    };

    public static RouteGroupBuilder MapTags(this RouteGroupBuilder api)
    {
        api.MapGet("/tags/autocomplete", async (EncoreDb db, string? type, string? term, CancellationToken ct) =>
                type != null && Kinds.TryGetValue(type, out var kind)
                    ? TypedResults.Ok(await TagAutocomplete.FindAsync(db, kind, term, ct))
                    : ApiProblems.Validation([("type", $"Choose one of: {string.Join(", ", Kinds.Keys)}.")], "The request has problems."))
            .WithName("AutocompleteTags").WithSummary("Canonical tags of one kind starting with the term (at least two characters), most used first.")
            .Produces<List<string>>().ProducesValidationProblem();

        api.MapGet("/tags/{name}", async (HttpContext http, EncoreDb db, string name, CancellationToken ct) =>
            {
                var tag = await WorkSources.FindTagAsync(db, name, ct);
                if (tag == null) return ApiProblems.NotFound($"There is no tag called \"{TagUrl.Unescape(name)}\".");
                var n = await TagNeighbours.LoadAsync(db, tag, ct);
                static List<TagRefDto> Refs(IEnumerable<TagLink> links) => links.Select(l => new TagRefDto(l.Name, Kind(l.Type))).ToList();
                var canonical = tag.Merger ?? tag;
                return TypedResults.Ok(new TagDto(tag.Name, Kind(tag.Type), tag.Canonical && tag.Merger == null,
                    tag.Merger is { } m ? new TagRefDto(m.Name, Kind(m.Type)) : null, Refs(n.Synonyms), Refs(n.Parents), Refs(n.MetaTags),
                    Refs(n.SubTags), Refs(n.Children), n.ChildCount, WorkLists.Origin(http) + "/api/v1/tags/" + TagUrl.Escape(canonical.Name) + "/works"));
            })
            .WithName("GetTag").WithSummary("A tag with its synonyms, parents, meta tags, sub tags and children.")
            .Produces<TagDto>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    // "fandom", "relationship", "additional_tag"…: the kinds as the filter's field names spell them.
    public static string Kind(TagType type) => type switch
    {
        TagType.Freeform => "additional_tag",
        TagType.ArchiveWarning => "warning",
        _ => type.ToString().ToLowerInvariant(),
    };
}
