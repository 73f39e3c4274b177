using System.Xml;
using System.Xml.Linq;
using Encore.Text;

namespace Encore.Export;

// Creator HTML read back as a tree for the e-book writers. What Encore stores has been through the allowlist
// (CreatorHtml), which writes well-formed markup, so it is read with the XML parser: ten times faster than parsing
// HTML, and what keeps a 150,000-word export under 100 ms. Text that is not well-formed (stored by something other
// than the sanitizer, or broken by hand in the database) is parsed as HTML by AngleSharp and re-serialized through
// the same allowlist first. Either way the result goes through EpubMarkup, which enforces EPUB's own rules.
internal static class CreatorFragment
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = false,     // XhtmlOutput drops what XML forbids; the reader need not refuse the whole text
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XElement Parse(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return new XElement("body");
        return TryXml(html) ?? TryXml(CreatorHtml.Sanitize(XmlCharacters(html))) ?? new XElement("body", new XElement("p", XmlCharacters(html)));
    }

    // Without the characters XML cannot hold at all (the reader refuses an unpaired surrogate even when not checking).
    private static string XmlCharacters(string html)
    {
        // An unpaired surrogate comes out of EnumerateRunes as U+FFFD, which XML allows.
        var text = new System.Text.StringBuilder(html.Length);
        Span<char> pair = stackalloc char[2];
        foreach (var rune in html.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is '\t' or '\n' or '\r' || c >= 0x20 && c < 0x7F || c >= 0xA0 && (c & 0xFFFE) != 0xFFFE && c is < 0xFDD0 or > 0xFDEF)
                text.Append(pair[..rune.EncodeToUtf16(pair)]);
        }
        return text.ToString();
    }

    private static XElement? TryXml(string html)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader("<body>" + html + "</body>"), Settings);
            return XElement.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
