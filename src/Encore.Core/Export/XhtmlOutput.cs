using System.Text;

namespace Encore.Export;

// Writes XHTML that any XML parser accepts: escapes markup characters and leaves out every character XML 1.0 forbids
// (most control characters, unpaired surrogates, U+FFFE/U+FFFF) and the ones it discourages (C1 controls,
// noncharacters). Emoji and other characters outside the BMP pass through as UTF-16 pairs.
internal sealed class XhtmlOutput(StringBuilder text)
{
    public StringBuilder Text { get; } = text;

    public XhtmlOutput() : this(new StringBuilder()) { }

    public int Length => Text.Length;

    public XhtmlOutput Open(string name)
    {
        Text.Append('<').Append(name);
        return this;
    }

    public XhtmlOutput Attr(string name, string? value)
    {
        if (value == null) return this;
        Text.Append(' ').Append(name).Append("=\"");
        Escape(value, attribute: true);
        Text.Append('"');
        return this;
    }

    // The language on an element, both ways XHTML readers look for it.
    public XhtmlOutput Lang(string? code) => code == null ? this : Attr("lang", code).Attr("xml:lang", code);

    public XhtmlOutput End()
    {
        Text.Append('>');
        return this;
    }

    public XhtmlOutput EndVoid()
    {
        Text.Append(" />");
        return this;
    }

    public XhtmlOutput Close(string name)
    {
        Text.Append("</").Append(name).Append('>');
        return this;
    }

    // An element holding only text: <name>text</name>.
    public XhtmlOutput Element(string name, string text, string? cssClass = null)
    {
        Open(name).Attr("class", cssClass).End();
        return Escape(text).Close(name);
    }

    public XhtmlOutput Link(string url, string text) => Open("a").Attr("href", url).End().Escape(text).Close("a");

    public XhtmlOutput Raw(string markup)
    {
        Text.Append(markup);
        return this;
    }

    public XhtmlOutput Escape(string value, bool attribute = false)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            // The common case (letters, spaces, punctuation) is copied in runs.
            if (c >= ' ' && c < 0x7F && c is not ('&' or '<' or '>' or '"')) continue;
            if (c >= 0xA0 && c < 0xD800) continue;
            Text.Append(value, start, i - start);
            start = i + 1;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if ((codePoint & 0xFFFE) != 0xFFFE) Text.Append(c).Append(value[i + 1]);
                i++;
                start = i + 1;
                continue;
            }
            switch (c)
            {
                case '&': Text.Append("&amp;"); break;
                case '<': Text.Append("&lt;"); break;
                case '>': Text.Append("&gt;"); break;
                case '"': Text.Append(attribute ? "&quot;" : "\""); break;
                case '\n' or '\t': Text.Append(attribute ? ' ' : c); break;
                case '\r': break;
                default:
                    if (Allowed(c)) Text.Append(c);
                    break;
            }
        }
        Text.Append(value, start, value.Length - start);
        return this;
    }

    private static bool Allowed(char c) =>
        c >= 0xA0 && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && (c < '\uFDD0' || c > '\uFDEF');

    public override string ToString() => Text.ToString();
}
