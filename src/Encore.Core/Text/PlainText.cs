using System.Text;

namespace Encore.Text;

public static class PlainText
{
    // AO3's rule for text typed without markup: a blank line starts a new paragraph, a single newline is a <br />.
    public static string ToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var html = new StringBuilder(normalized.Length + 64);
        foreach (var paragraph in normalized.Split("\n\n"))
        {
            var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0) continue;
            html.Append("<p>").AppendJoin("<br />", lines.Select(HtmlText.Escape)).Append("</p>\n");
        }
        return html.ToString().TrimEnd();
    }
}
