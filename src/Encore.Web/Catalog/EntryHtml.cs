using AngleSharp.Dom;
using Encore.Catalog;
using Encore.Tags;
using Encore.Text;
using Encore.Works;

namespace Encore.Web.Catalog;

// A work's entry as a feed reader shows it: AO3's blurb (byline, tags by type, summary, series, stats) as HTML, for
// <content type="html">. Built as a DOM, so every name and title is escaped when serialized; the summary is creator
// HTML that the allowlist already cleaned when it was stored.
public static class EntryHtml
{
    private static readonly (TagType Type, string Label)[] TagLines =
    [
        (TagType.Rating, "Rating"), (TagType.ArchiveWarning, "Archive Warnings"), (TagType.Category, "Categories"),
        (TagType.Fandom, "Fandoms"), (TagType.Relationship, "Relationships"), (TagType.Character, "Characters"),
        (TagType.Freeform, "Additional Tags"),
    ];

    public static string Build(FeedWork work, FeedContext cx)
    {
        var w = work.Blurb;
        var body = HtmlFragment.ParseBody("");
        var doc = body.Owner!;

        var byline = Add(body, "p");
        byline.Append(doc.CreateTextNode(w.Creators.Count == 0 ? "by Anonymous" : "by "));
        Join(byline, w.Creators.Select(c => Link(doc, cx.Url(Links.Creator(c)), c.Name)));
        if (w.Gifts.Count > 0) byline.Append(doc.CreateTextNode(" for " + string.Join(", ", w.Gifts)));

        if (w.Summary != null) Add(body, "blockquote").InnerHtml = w.Summary;

        var tags = Add(body, "ul");
        foreach (var (type, label) in TagLines)
        {
            var ofType = w.OfType(type).ToList();
            if (ofType.Count == 0) continue;
            var line = Add(tags, "li");
            line.Append(doc.CreateTextNode(label + ": "));
            Join(line, ofType.Select(t => Link(doc, cx.Url(Links.TagWorks(t.Name)), t.Name)));
        }
        foreach (var s in w.Series)
        {
            var line = Add(tags, "li");
            line.Append(doc.CreateTextNode($"Series: Part {s.Position} of "), Link(doc, cx.Url(Links.Series(s.Id)), s.Title));
        }

        Add(body, "p").TextContent = string.Join(" · ", Stats(w));
        return body.InnerHtml;
    }

    public static IEnumerable<string> Stats(WorkBlurb w)
    {
        yield return $"Language: {Display.Language(w.Language)}";
        yield return $"Words: {Display.Number(w.Words)}";
        yield return $"Chapters: {w.Chapters}";
        if (w.Comments > 0) yield return $"Comments: {Display.Number(w.Comments)}";
        if (w.Kudos > 0) yield return $"Kudos: {Display.Number(w.Kudos)}";
        if (w.Bookmarks > 0) yield return $"Bookmarks: {Display.Number(w.Bookmarks)}";
        yield return $"Hits: {Display.Number(w.Hits)}";
        yield return w.Complete ? "Complete" : "In progress";
    }

    private static IElement Add(IElement parent, string name)
    {
        var e = parent.Owner!.CreateElement(name);
        parent.AppendChild(e);
        return e;
    }

    private static IElement Link(IDocument doc, string href, string text)
    {
        var a = doc.CreateElement("a");
        a.SetAttribute("href", href);
        a.TextContent = text;
        return a;
    }

    private static void Join(IElement parent, IEnumerable<IElement> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first) parent.Append(parent.Owner!.CreateTextNode(", "));
            parent.AppendChild(item);
            first = false;
        }
    }
}
