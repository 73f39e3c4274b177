using AngleSharp.Dom;
using Encore.Text;

namespace Encore.Import;

// An HTML post: an AO3 download, a LiveJournal/Dreamwidth entry page, or any page with the story in it (AO3's own
// importer reads .chapter-content or the body, with "Label: value" lines for metadata).
internal static class HtmlPost
{
    private const string BlogEntry = ".entry-content, .entry_text, .entry-body, .asset-body, div.entry_content, article.entry .entry-content";

    public static void Read(string html, ParsedPost post, PostContext context)
    {
        var doc = HtmlFragment.ParseDocument(html);
        if (Ao3Download.Matches(doc))
        {
            Ao3Download.Read(doc, post, context);
            return;
        }

        var header = new PostHeader(post, context);
        var root = doc.QuerySelector(BlogEntry);
        if (root != null) ReadBlogEntry(doc, root, post, header);
        else root = doc.QuerySelector(".chapter-content, #chapter-content, #storytext, .storytext") ?? doc.Body;
        if (root == null) throw new ImportException("The HTML has no body.");

        PostReader.Structure(HtmlBlocks.FromElement(root), post, context, header);
        var pageTitle = doc.Title?.Trim();
        if (post.Title == null && !string.IsNullOrEmpty(pageTitle) && pageTitle.Length <= 200) post.Title = pageTitle;
    }

    // LiveJournal and Dreamwidth entry pages keep the subject, date, tags and mood outside the entry text.
    private static void ReadBlogEntry(IDocument doc, IElement entry, ParsedPost post, PostHeader header)
    {
        var article = entry.Closest("article, .entry, .asset, .entry-wrapper, .post") ?? doc.Body!;
        if (article.QuerySelector(".entry-title, .subject, .asset-name, h3.entry-header") is { } subject)
            header.UseSubject(subject.TextContent.Trim());
        var date = article.QuerySelector("time[datetime]")?.GetAttribute("datetime")
            ?? article.QuerySelector("abbr.datetime[title], .datetime, .entry-date, .date")?.TextContent;
        if (date != null) post.Published ??= Vocabulary.Date(date.Trim());
        if (article.QuerySelector(".poster .ljuser, .poster, span.ljuser, .entry-poster") is { } poster)
            post.AddUnique(post.Creators, poster.TextContent.Trim());
        FieldReader.BlogTags(post, header.Context,
            article.QuerySelectorAll(".tag a, .ljtags a, .entry-tags a").Select(a => a.TextContent.Trim()).Where(t => t.Length > 0).ToList());
        foreach (var item in article.QuerySelectorAll(".metadata li, .metadata-item, .currents li, .entry-metadata li"))
            if (Labels.TryParse(item.TextContent.Trim(), out var field, out var value) && field is Field.Mood or Field.Music or Field.Location)
                post.PostMetadata[field.ToString()] = FieldReader.Undouble(value);
    }
}
