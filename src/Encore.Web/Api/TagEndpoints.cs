using Encore.Data;
using Encore.Tags;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Encore.Web.Api;

public static class TagEndpoints
{
    // Kinds of tag a creator types freely; ratings, warnings and categories are fixed choices.
    private static readonly Dictionary<string, TagType> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fandom"] = TagType.Fandom, ["relationship"] = TagType.Relationship, ["character"] = TagType.Character, ["freeform"] = TagType.Freeform,
    };

    public static IEndpointRouteBuilder MapTagApi(this IEndpointRouteBuilder app)
    {
        var tags = app.MapGroup("/api/tags");
        tags.MapGet("/autocomplete", async Task<Results<Ok<List<string>>, BadRequest<string>>> (EncoreDb db, string? type, string? term, CancellationToken ct) =>
            type != null && Kinds.TryGetValue(type, out var kind)
                ? TypedResults.Ok(await TagAutocomplete.FindAsync(db, kind, term, ct))
                : TypedResults.BadRequest($"type must be one of: {string.Join(", ", Kinds.Keys)}"));
        return app;
    }
}
