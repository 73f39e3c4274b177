using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Encore.Tags;

namespace Encore.Import;

// AO3's HTML download (and the same markup inside its EPUBs, which Calibre may have split into several files):
// a #preface with dl.tags, h1 title, byline, Summary and Notes; chapters as div.meta.group headings followed by
// div.userstuff text and #endnotesN; an #afterword with the work's end notes.
internal static partial class Ao3Download
{
    [GeneratedRegex(@"Published:\s*(?<published>\d{4}-\d{2}-\d{2})|Chapters:\s*(?<posted>\d+)\s*/\s*(?<total>\d+|\?)")]
    private static partial Regex Stats();

    public static bool Matches(IDocument doc) =>
        doc.QuerySelector("#preface") != null && doc.QuerySelector("#chapters, div.userstuff") != null;

    public static void Read(IDocument doc, ParsedPost post, PostContext context)
    {
        var meta = doc.QuerySelector("#preface .meta") ?? doc.QuerySelector("#preface")!;
        ReadTags(meta, post, context);
        post.Title = meta.QuerySelector("h1")?.TextContent.Trim() ?? doc.QuerySelector("#preface .message b")?.TextContent.Trim();
        foreach (var author in meta.QuerySelectorAll(".byline a[rel=author], .byline a"))
            post.AddUnique(post.Creators, author.TextContent);
        post.SummaryHtml = LabelledQuote(meta, "Summary") ?? post.SummaryHtml;
        if (LabelledQuote(meta, "Notes") is { } notes) post.NotesHtml.Add(notes);
        if (doc.QuerySelector("#afterword #endnotes blockquote.userstuff, #afterword blockquote.userstuff") is { } end)
            post.EndNotesHtml.Add(end.InnerHtml.Trim());
        ReadChapters(doc, post);
    }

    private static void ReadTags(IElement meta, ParsedPost post, PostContext context)
    {
        foreach (var dt in meta.QuerySelectorAll("dl.tags > dt"))
        {
            if (dt.NextElementSibling is not { LocalName: "dd" } dd) continue;
            var label = dt.TextContent.Trim().TrimEnd(':').ToLowerInvariant();
            var values = dd.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).Where(v => v.Length > 0).ToList();
            if (values.Count == 0) values = FieldReader.List(dd.TextContent.Trim());
            switch (label)
            {
                case "rating" or "ratings": post.Rating = values.Select(Vocabulary.Rating).FirstOrDefault(); break;
                case "archive warning" or "archive warnings":
                    foreach (var w in values) post.AddUnique(FixedTags.Warnings.Contains(w) ? post.Warnings : post.AdditionalTags, w);
                    break;
                case "category" or "categories":
                    foreach (var c in values) post.AddUnique(post.Categories, Vocabulary.Category(c) ?? c);
                    break;
                case "fandom" or "fandoms": foreach (var f in values) post.AddUnique(post.Fandoms, context.ResolveFandom(f)); break;
                case "relationship" or "relationships": foreach (var r in values) post.AddUnique(post.Relationships, r); break;
                case "character" or "characters": foreach (var c in values) post.AddUnique(post.Characters, c); break;
                case "additional tags" or "additional tag" or "freeform" or "freeforms": foreach (var t in values) post.AddUnique(post.AdditionalTags, t); break;
                case "language": post.Language = FieldReader.LanguageCode(dd.TextContent); break;
                case "series":
                    var series = dd.QuerySelector("a")?.TextContent.Trim();
                    if (series != null) post.SeriesTitle = series;
                    break;
                case "stats": ReadStats(dd.TextContent, post); break;
            }
        }
    }

    private static void ReadStats(string stats, ParsedPost post)
    {
        foreach (Match m in Stats().Matches(stats))
        {
            if (m.Groups["published"].Success) post.Published = Vocabulary.Date(m.Groups["published"].Value);
            if (m.Groups["posted"].Success)
            {
                var posted = int.Parse(m.Groups["posted"].Value);
                var total = m.Groups["total"].Value;
                post.ExpectedChapters = int.TryParse(total, out var t) ? t : null;
                post.Complete = post.ExpectedChapters == posted;
            }
        }
    }

    // <p>Summary</p><blockquote class="userstuff">…</blockquote>
    private static string? LabelledQuote(IElement parent, string label)
    {
        foreach (var p in parent.Children.Where(c => c.LocalName == "p"))
            if (p.TextContent.Trim().Equals(label, StringComparison.OrdinalIgnoreCase)
                && p.NextElementSibling is { LocalName: "blockquote" } quote)
                return quote.InnerHtml.Trim();
        return null;
    }

    private static void ReadChapters(IDocument doc, ParsedPost post)
    {
        ParsedChapter? current = null;
        foreach (var element in doc.QuerySelectorAll("div.meta, div.userstuff"))
        {
            if (element.Closest("#preface, #afterword") != null) continue;
            if (element.ClassList.Contains("meta"))
            {
                if (element.QuerySelector("h2.heading, h2, h3") is { } heading)
                {
                    var text = heading.TextContent.Trim();
                    current = new ParsedChapter { Html = "", Title = ChapterHeading.Parse(text) is { } parsed ? parsed.Title : text };
                    current.Summary = LabelledQuote(element, "Chapter Summary");
                    current.Notes = LabelledQuote(element, "Chapter Notes");
                    post.Chapters.Add(current);
                }
                else if (element.Id?.StartsWith("endnotes", StringComparison.Ordinal) == true && current != null)
                    current.EndNotes = LabelledQuote(element, "Chapter End Notes") ?? element.QuerySelector("blockquote")?.InnerHtml.Trim();
                continue;
            }
            // #chapters is itself a div.userstuff; only the innermost text divisions are chapter text.
            if (element.Id == "chapters" || element.QuerySelector("div.userstuff") != null) continue;
            if (element.ParentElement?.Closest("div.userstuff") is { } outer && outer.Id != "chapters") continue;
            if (current == null)
            {
                current = new ParsedChapter { Html = "" };
                post.Chapters.Add(current);
            }
            current.Html += element.InnerHtml.Trim() + "\n";
        }
        post.Chapters.RemoveAll(c => c.Html.Trim().Length == 0);
    }
}
