using System.Xml.Linq;

namespace Encore.Export;

// One XHTML content document of an EPUB: its file name, its title in the contents, and how its body is written.
internal sealed class EpubDocument(string file, string title, string language, bool rtl, MarkupOptions options, Action<EpubMarkup> body)
{
    public string File => file;
    public string Title => title;

    // The chapter this document begins (nav and NCX list chapters, not the parts of a long one).
    public BookChapter? Chapter { get; init; }

    public EpubMarkup Markup { get; } = new(new XhtmlOutput(), options);
    public string Text { get; private set; } = "";

    public void Write()
    {
        var o = Markup.Output;
        o.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n")
            .Open("html").Attr("xmlns", "http://www.w3.org/1999/xhtml").Attr("xmlns:epub", "http://www.idpf.org/2007/ops")
            .Lang(language).Attr("dir", rtl ? "rtl" : null).End()
            .Raw("\n<head>\n").Element("title", title)
            .Raw("\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\" />\n</head>\n<body>\n");
        body(Markup);
        o.Raw("\n</body>\n</html>\n");
        Text = o.ToString();
    }
}

// Where a very long chapter is cut into documents: between its top-level blocks, about every PartCharacters
// characters of text. A block longer than that stays whole.
internal static class ChapterParts
{
    public static List<IEnumerable<XNode>> Split(XElement text, int sourceLength)
    {
        if (sourceLength <= EpubWriter.PartCharacters * 3 / 2) return [text.Nodes()];
        var parts = new List<IEnumerable<XNode>>();
        var current = new List<XNode>();
        var size = 0;
        foreach (var node in text.Nodes())
        {
            var length = Size(node);
            if (size > 0 && size + length > EpubWriter.PartCharacters)
            {
                parts.Add(current);
                current = [];
                size = 0;
            }
            current.Add(node);
            size += length;
        }
        parts.Add(current);
        return parts;
    }

    private static int Size(XNode node) => node switch
    {
        XText t => t.Value.Length,
        XElement e => 16 + e.Nodes().Sum(Size),
        _ => 0,
    };
}
