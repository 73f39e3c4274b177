using Encore.Export;
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
    public static string AdminTag(string name) => $"/admin/tags/{TagUrl.Escape(name)}";
    public static string TagLink(TagLink tag) => tag.Type == TagType.Media ? Media(tag.Name) : TagWorks(tag.Name);
    public static string User(string userName) => $"/users/{Uri.EscapeDataString(userName)}";
    public static string Pseud(string userName, string pseud) => $"/users/{Uri.EscapeDataString(userName)}/pseuds/{Uri.EscapeDataString(pseud)}";
    public static string Author(string name) => $"/authors/{Uri.EscapeDataString(name)}";
    public static string Series(int id) => $"/series/{id}";
    public static string Download(int workId, string title, ExportFormat format) =>
        $"/works/{workId}/download/{Uri.EscapeDataString(DownloadName.Ascii(title, workId))}.{format.Extension()}";
    public static string Media(string name) => "/fandoms#" + MediaAnchor(name);

    // "Books & Literature" → "media-books-literature": the same anchor on every run.
    public static string MediaAnchor(string name) =>
        "media-" + string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
    public static string Creator(CreatorName c) => c.UserName == null ? Author(c.Name) : c.Name == c.UserName ? User(c.UserName) : Pseud(c.UserName, c.Name);
}
