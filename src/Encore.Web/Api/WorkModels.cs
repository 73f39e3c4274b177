using Encore.Tags;
using Encore.Works;

namespace Encore.Web.Api;

// What the API says about works. Entities never leave the API: these records are built from them at the edge.
// HTML fields (summary, notes, chapter content) are the archive's sanitized creator HTML, as the pages show it.

public sealed record CreatorDto(string Name, string? User);

public sealed record SeriesDto(int Id, string Title, int Position);

// A work in a list, with AO3's blurb: tags by kind, figures, and dates.
public sealed record WorkSummaryDto(
    int Id, string Title, string Url, IReadOnlyList<CreatorDto> Creators, IReadOnlyList<string> Gifts,
    string Rating, IReadOnlyList<string> Warnings, IReadOnlyList<string> Categories, IReadOnlyList<string> Fandoms,
    IReadOnlyList<string> Relationships, IReadOnlyList<string> Characters, IReadOnlyList<string> AdditionalTags,
    string? Summary, string Language, int Words, string Chapters, bool Complete, int Kudos, int Comments, int Bookmarks, int Hits,
    DateTime UpdatedAt, bool Restricted, IReadOnlyList<SeriesDto> Series)
{
    public static WorkSummaryDto From(WorkBlurb w, string origin)
    {
        List<string> Of(TagType type) => w.OfType(type).Select(t => t.Name).ToList();
        return new(w.Id, w.Title, origin + Links.Work(w.Id), w.Creators.Select(c => new CreatorDto(c.Name, c.UserName)).ToList(), w.Gifts,
            w.Rating, Of(TagType.ArchiveWarning), Of(TagType.Category), Of(TagType.Fandom), Of(TagType.Relationship), Of(TagType.Character),
            Of(TagType.Freeform), w.Summary, w.Language, w.Words, w.Chapters, w.Complete, w.Kudos, w.Comments, w.Bookmarks, w.Hits,
            w.UpdatedAt, w.Restricted, w.Series.Select(s => new SeriesDto(s.Id, s.Title, s.Position)).ToList());
    }
}

public sealed record ChapterSummaryDto(int Id, int Position, string? Title, int Words, DateTime PublishedAt, string Url);

// One work with its chapters (not their text: each chapter has its own address).
public sealed record WorkDto(
    WorkSummaryDto Work, string? Notes, string? EndNotes, DateTime PublishedAt, int? ExpectedChapters, bool Draft, string? HiddenReason,
    string? ImportSource, IReadOnlyList<ChapterSummaryDto> ChapterList)
{
    public static WorkDto From(Work w, string origin) => new(
        WorkSummaryDto.From(WorkBlurb.From(w), origin), w.Notes, w.EndNotes, w.PublishedAt, w.ExpectedChapters, w.IsDraft, w.HiddenReason,
        w.ImportSource,
        w.Chapters.OrderBy(c => c.Position).Select(c => new ChapterSummaryDto(c.Id, c.Position, c.Title, c.WordCount, c.PublishedAt,
            origin + (w.Chapters.Count == 1 ? Links.Work(w.Id) : Links.Chapter(w.Id, c.Id)))).ToList());
}

public sealed record ChapterDto(
    int Id, int WorkId, int Position, string? Title, string? Summary, string? Notes, string? EndNotes, string Content, int Words,
    DateTime PublishedAt)
{
    public static ChapterDto From(Chapter c) =>
        new(c.Id, c.WorkId, c.Position, c.Title, c.Summary, c.Notes, c.EndNotes, c.Content, c.WordCount, c.PublishedAt);
}

public sealed record FacetDto(string Name, int Count);

// Exact counts over the whole result, per kind of tag: every rating, warning and category (0 when no work has it),
// and the top fandoms, relationships, characters and additional tags.
public sealed record FacetsDto(
    IReadOnlyList<FacetDto> Ratings, IReadOnlyList<FacetDto> Warnings, IReadOnlyList<FacetDto> Categories,
    IReadOnlyList<FacetDto> Fandoms, IReadOnlyList<FacetDto> Relationships, IReadOnlyList<FacetDto> Characters,
    IReadOnlyList<FacetDto> AdditionalTags);

// A page of a filtered list. Filter is the filter in its stable form (as a query string, "" when there is none),
// Html the same list as a web page; Search is there when the filter has words to search for (q).
public sealed record WorkListDto(
    int Total, int Page, int PageSize, int Pages, string Filter, string Html, IReadOnlyList<WorkSummaryDto> Works, FacetsDto Facets)
{
    public SearchDto? Search { get; init; }
}

// A passage of a work's text around the words searched for: Marks are the matches, as character offsets into Text;
// Leading and Trailing say whether the text goes on before and after.
public sealed record SnippetDto(string Text, IReadOnlyList<MarkDto> Marks, bool Leading, bool Trailing)
{
    public static SnippetDto From(Encore.Search.Snippet s) => new(s.Text, s.Marks.Select(m => new MarkDto(m.Start, m.Length)).ToList(), s.Leading, s.Trailing);
}

public sealed record MarkDto(int Start, int Length);

public sealed record WorkSnippetsDto(int WorkId, IReadOnlyList<SnippetDto> Snippets);

// What the search made of the words (notes on what it ignored or narrowed), and passages of each listed work.
public sealed record SearchDto(IReadOnlyList<string> Notes, IReadOnlyList<WorkSnippetsDto> Works);

public sealed record BookmarkDto(
    int WorkId, string User, string Pseud, string? Notes, IReadOnlyList<string> Tags, bool Private, bool Rec, DateTime BookmarkedAt,
    WorkSummaryDto? Work);

public sealed record BookmarkListDto(
    int Total, int Page, int PageSize, int Pages, string Filter, string Html, IReadOnlyList<BookmarkDto> Bookmarks, FacetsDto Facets)
{
    public SearchDto? Search { get; init; }
}
