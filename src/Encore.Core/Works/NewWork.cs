using Encore.Tags;

namespace Encore.Works;

// Everything needed to post a work, whoever is posting: the sample loader, the importer, the posting form, the API.
// HTML fields are creator HTML and are sanitized on the way in.
public sealed record NewWork
{
    public required string Title { get; init; }
    public IReadOnlyList<int> PseudIds { get; init; } = [];
    public IReadOnlyList<string> ExternalCreators { get; init; } = [];
    public string Rating { get; init; } = FixedTags.NotRated;
    public IReadOnlyList<string> Warnings { get; init; } = [FixedTags.ChoseNotToWarn];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Fandoms { get; init; } = [];
    public IReadOnlyList<string> Relationships { get; init; } = [];
    public IReadOnlyList<string> Characters { get; init; } = [];
    public IReadOnlyList<string> AdditionalTags { get; init; } = [];
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    public string? EndNotes { get; init; }
    public string Language { get; init; } = "en";
    public int? ExpectedChapters { get; init; }
    public bool Restricted { get; init; }
    public bool IsDraft { get; init; }
    public DateTime? PublishedAt { get; init; }
    public IReadOnlyList<string> Gifts { get; init; } = [];
    public string? SeriesTitle { get; init; }
    public string? ImportSource { get; init; }
    public IReadOnlyList<NewChapter> Chapters { get; init; } = [];

    public IEnumerable<(TagType Type, string Name)> FreeTags =>
        Fandoms.Select(n => (TagType.Fandom, n))
            .Concat(Relationships.Select(n => (TagType.Relationship, n)))
            .Concat(Characters.Select(n => (TagType.Character, n)))
            .Concat(AdditionalTags.Select(n => (TagType.Freeform, n)));
}

public sealed record NewChapter
{
    public required string Content { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Notes { get; init; }
    public string? EndNotes { get; init; }
    public DateTime? PublishedAt { get; init; }

    // How Content, Summary, Notes and EndNotes were typed (see CreatorText).
    public TextFormat Format { get; init; } = TextFormat.Html;

    // Set only inside Encore.Core, by code that has already run Content through CreatorHtml.SanitizeAndCount (the
    // importer), so posting need not parse it twice. Forms and the API cannot set it: their text is always sanitized.
    internal int? SanitizedWords { get; init; }
}

public sealed record FieldProblem(string Field, string Message);

public sealed class WorkRejectedException(IReadOnlyList<FieldProblem> problems)
    : Exception(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}
