using Encore.Tags;
using Encore.Works;

namespace Encore.Web;

// Every URL the pages print comes from here, so routes and links cannot drift apart.
public static class Links
{
    public static string Work(int id) => $"/works/{id}";
    public static string EntireWork(int id) => $"/works/{id}?view_full_work=true";
    public static string Chapter(int workId, int chapterId) => $"/works/{workId}/chapters/{chapterId}";
    public static string ChapterIndex(int workId) => $"/works/{workId}/navigate";
    public static string TagWorks(string name) => $"/tags/{TagUrl.Escape(name)}/works";
    public static string TagChildren(string name, TagType type) => $"/tags/{TagUrl.Escape(name)}/children?type={Api.TagApiEndpoints.Kind(type)}";
    public static string AdminTag(string name) => $"/admin/tags/{TagUrl.Escape(name)}";
    public static string TagLink(TagLink tag) => tag.Type == TagType.Media ? Media(tag.Name) : TagWorks(tag.Name);
    public static string User(string userName) => $"/users/{Uri.EscapeDataString(userName)}";
    public static string Pseud(string userName, string pseud) => $"/users/{Uri.EscapeDataString(userName)}/pseuds/{Uri.EscapeDataString(pseud)}";
    public static string Author(string name) => $"/authors/{Uri.EscapeDataString(name)}";
    public static string Series(int id) => $"/series/{id}";
    public static string Media(string name) => "/fandoms#" + MediaAnchor(name);

    // "Books & Literature" → "media-books-literature": the same anchor on every run.
    public static string MediaAnchor(string name) =>
        "media-" + string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Atom feeds of the pages above: the feed of a list sits beside it.
    public static string WorksFeed => "/works/feed.atom";
    public static string TagFeed(string name) => $"/tags/{TagUrl.Escape(name)}/feed.atom";
    public static string UserFeed(string userName) => $"{User(userName)}/works/feed.atom";
    public static string PseudFeed(string userName, string pseud) => $"{Pseud(userName, pseud)}/works/feed.atom";
    public static string AuthorFeed(string name) => $"{Author(name)}/works/feed.atom";
    public static string SeriesFeed(int id) => $"{Series(id)}/feed.atom";

    // The OPDS catalog for e-reader apps (1.2, Atom) and the same catalog as OPDS 2 JSON.
    public const string OpdsRoot = "/opds";
    public const string Opds2Root = "/opds/v2";

    // A download of a work in one format ("epub", "html"). The file name is only for the reader's disk; the id finds
    // the work. Every catalog and page link to a download comes from here, so the route can move in one place.
    public static string Download(int workId, string title, string format) => $"/works/{workId}/download/{FileName(title)}.{format}";

    // "Ivy's <Song> & Dance" → "Ivys_Song_Dance": ASCII letters and digits, as AO3 names its downloads.
    public static string FileName(string title)
    {
        var words = System.Text.RegularExpressions.Regex.Split(title.Replace("'", "").Replace("\u2019", ""), "[^A-Za-z0-9]+")
            .Where(w => w.Length > 0);
        var name = string.Join('_', words);
        if (name.Length > 60) name = name[..60].TrimEnd('_');
        return name.Length == 0 ? "work" : name;
    }

    public static string Creator(CreatorName c) => c.UserName == null ? Author(c.Name) : c.Name == c.UserName ? User(c.UserName) : Pseud(c.UserName, c.Name);
}
