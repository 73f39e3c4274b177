using System.Text;
using Encore.Text;

namespace Encore.Import;

public enum BlockKind { Paragraph, SceneBreak, Heading, Raw }

// One paragraph-level piece of a post. Text is plain (lines joined by '\n') and drives the heuristics; Html is what
// the reader will see: a paragraph's inner HTML, or a whole element for Raw blocks (lists, tables, quotes).
public sealed record Block(BlockKind Kind, string Text, string Html)
{
    public static Block Paragraph(string text) =>
        new(BlockKind.Paragraph, text, string.Join("<br />", text.Split('\n').Select(HtmlText.Escape)));

    public static readonly Block SceneBreak = new(BlockKind.SceneBreak, "", "");

    public bool IsSingleLine => !Text.Contains('\n');

    public static string ToHtml(IEnumerable<Block> blocks)
    {
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.SceneBreak: html.Append("<hr />\n"); break;
                case BlockKind.Raw: html.Append(block.Html).Append('\n'); break;
                case BlockKind.Heading: html.Append("<h3>").Append(block.Html).Append("</h3>\n"); break;
                default: html.Append("<p>").Append(block.Html).Append("</p>\n"); break;
            }
        }
        return html.ToString().TrimEnd();
    }

    // Scene breaks at the very start or end of a chapter separate nothing.
    public static List<Block> TrimSceneBreaks(List<Block> blocks)
    {
        var start = blocks.FindIndex(b => b.Kind != BlockKind.SceneBreak);
        if (start < 0) return [];
        var end = blocks.FindLastIndex(b => b.Kind != BlockKind.SceneBreak);
        return blocks.GetRange(start, end - start + 1);
    }
}
