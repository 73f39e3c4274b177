using System.Text;

namespace Encore.Text;

public static class HtmlText
{
    // Escapes only what HTML requires (WebUtility.HtmlEncode also turns "é" into "&#233;", which helps nobody).
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0) return text;
        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            s.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => c.ToString() });
        return s.ToString();
    }
}
