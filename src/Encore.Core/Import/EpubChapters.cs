using Encore.Text;

namespace Encore.Import;

// A generic EPUB (FanFicFare and most tools): a title page of "Label: value" lines, then one document per chapter,
// each opening with its heading.
internal static class EpubChapters
{
    public static void Read(List<(string Href, string Html)> documents, ParsedPost post, PostContext context)
    {
        foreach (var (href, html) in documents)
        {
            var doc = HtmlFragment.ParseDocument(html);
            if (doc.Body == null) continue;
            var blocks = HtmlBlocks.FromElement(doc.Body);
            if (blocks.Count == 0) continue;
            if (IsFrontMatter(href, blocks))
            {
                // Reading the title page's labels fills what the package metadata left out.
                new PostHeader(post, context).Read(blocks.Where(b => b.Kind != BlockKind.Heading).ToList());
                continue;
            }
            string? title = null;
            if (blocks[0].Kind == BlockKind.Heading || ChapterHeading.Parse(blocks[0].Text) != null)
            {
                title = ChapterHeading.Parse(blocks[0].Text) is { } heading ? heading.Title : Unnumbered(blocks[0].Text);
                blocks.RemoveAt(0);
            }
            blocks = Block.TrimSceneBreaks(blocks);
            if (blocks.Count == 0) continue;
            // A chapter titled as the work itself (one-chapter books) has no title of its own.
            if (title != null && title.Equals(post.Title, StringComparison.OrdinalIgnoreCase)) title = null;
            post.Chapters.Add(new ParsedChapter { Title = title, Html = Block.ToHtml(blocks) });
        }
        if (post.Chapters.Count > PostChapters.MaxChapters)
            throw new ImportException($"This EPUB has {post.Chapters.Count} chapters; a work can have at most {PostChapters.MaxChapters} chapters.");
    }

    // FanFicFare numbers its chapter headings: "1. The Loan" is the chapter "The Loan".
    private static string Unnumbered(string heading) => System.Text.RegularExpressions.Regex.Replace(heading, @"^\s*\d{1,3}\s*[.:)]\s+", "");

    // Title pages, tables of contents, covers: identified by name, or by being all headers and no story.
    private static bool IsFrontMatter(string href, List<Block> blocks)
    {
        var name = Path.GetFileNameWithoutExtension(href).ToLowerInvariant();
        if (name.Contains("title") || name.Contains("toc") || name.Contains("cover") || name.Contains("nav") || name.Contains("contents")) return true;
        var lines = blocks.SelectMany(b => b.Text.Split('\n')).Where(l => l.Trim().Length > 0).ToList();
        return lines.Count > 0 && lines.Count(l => Labels.TryParse(l.Trim(), out _, out _)) >= Math.Max(2, lines.Count / 2);
    }
}
