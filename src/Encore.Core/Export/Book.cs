using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Encore.Tags;
using Encore.Works;

namespace Encore.Export;

/// <summary>Where the archive is and how its pages are addressed, so a downloaded book can link back to them.</summary>
public sealed record ArchiveLinks(Uri Site, Func<int, string> Work, Func<string, string> TagWorks, Func<CreatorName, string> Creator,
    Func<int, string> Series)
{
    public string Absolute(string path) => new Uri(Site, path).AbsoluteUri;
}

public sealed record BookLink(string Text, string Url);

public sealed record BookTagGroup(TagType Type, string Label, IReadOnlyList<BookLink> Tags);

public sealed record BookSeries(string Title, int Position, string Url);

public sealed record BookChapter(int Position, string Heading, string? Summary, string? Notes, string? EndNotes, string Content);

/// <summary>
/// Everything a download of one work shows, and nothing else: the files are made from this alone, so its hash is the
/// version of every file made from it (the cache key), whatever changed (text, tags, a tag's name, the title).
/// Readers' counters (kudos, hits, comments) are left out, as AO3 leaves them out of its downloads: they change by the
/// minute, and a file cached for a version of the work must not go stale when someone leaves kudos.
/// </summary>
public sealed record Book(
    int WorkId, string Identifier, string Title, string Language, IReadOnlyList<BookLink> Creators, IReadOnlyList<string> Gifts,
    IReadOnlyList<BookTagGroup> Tags, IReadOnlyList<BookSeries> Series, string? Summary, string? Notes, string? EndNotes,
    DateTime PublishedAt, DateTime UpdatedAt, bool Complete, int Words, string ChapterLine, IReadOnlyList<BookChapter> Chapters,
    string WorkUrl, string CommentsUrl, string Site)
{
    // Bumped whenever the writers change what they make from the same book, so cached files are remade.
    public const int WriterVersion = 1;

    public bool MultiChapter => Chapters.Count > 1;

    // Where links the creator wrote relative to the archive ("/works/12") point.
    internal Uri? SiteUri => Uri.TryCreate(Site, UriKind.Absolute, out var uri) ? uri : null;

    public string LanguageName => BookLanguage.Name(Language);

    public IEnumerable<string> Subjects => Tags.SelectMany(g => g.Tags).Select(t => t.Text);

    public static Book From(Work work, ArchiveLinks links)
    {
        var blurb = WorkBlurb.From(work);
        var workUrl = links.Absolute(links.Work(work.Id));
        var groups = blurb.Tags.GroupBy(t => t.Type).OrderBy(g => g.Key)
            .Select(g => new BookTagGroup(g.Key, g.Count() == 1 ? g.Key.Singular() : g.Key.Plural(),
                g.Select(t => new BookLink(t.Name, links.Absolute(links.TagWorks(t.Name)))).ToList()))
            .ToList();
        return new Book(
            work.Id, Uuid(workUrl), work.Title, BookLanguage.Normalize(work.Language),
            blurb.Creators.Select(c => new BookLink(c.Name, links.Absolute(links.Creator(c)))).ToList(), blurb.Gifts, groups,
            work.SeriesLinks.OrderBy(s => s.SeriesId)
                .Select(s => new BookSeries(s.Series.Title, s.Position, links.Absolute(links.Series(s.SeriesId)))).ToList(),
            work.Summary, work.Notes, work.EndNotes, work.PublishedAt, work.UpdatedAt, work.IsComplete, work.WordCount,
            WorkStats.ChapterLine(work),
            work.Chapters.OrderBy(c => c.Position)
                .Select(c => new BookChapter(c.Position, c.Heading, c.Summary, c.Notes, c.EndNotes, c.Content)).ToList(),
            workUrl, workUrl + "#comments", links.Site.AbsoluteUri);
    }

    /// <summary>A short hash of everything the files show: equal for equal books, different after any change.</summary>
    public string Version()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(this);
        var hash = SHA256.HashData([.. json, .. BitConverter.GetBytes(WriterVersion)]);
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    // A name-based UUID (RFC 4122 version 5) of the work's address: the same book on every download, so e-reader
    // libraries recognise a new download as a new version of the book they hold.
    private static string Uuid(string workUrl)
    {
        byte[] ns = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]; // URL namespace
        var hash = SHA1.HashData([.. ns, .. Encoding.UTF8.GetBytes(workUrl)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
