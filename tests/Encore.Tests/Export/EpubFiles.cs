using System.IO.Compression;
using System.Xml.Linq;

namespace Encore.Tests.Export;

// An EPUB opened for assertions: its entries by name, XML documents parsed (which proves they are well-formed).
public sealed class EpubFiles
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    public byte[] Bytes { get; }
    public IReadOnlyList<string> Names { get; }
    private readonly Dictionary<string, string> _texts = [];

    public EpubFiles(byte[] bytes)
    {
        Bytes = bytes;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            _texts[entry.FullName] = reader.ReadToEnd();
        }
    }

    public string Text(string name) => _texts[name];

    public XDocument Xml(string name) => XDocument.Parse(_texts[name]);

    public XElement Metadata => Xml("EPUB/content.opf").Root!.Element(Opf + "metadata")!;

    public IEnumerable<string> DcValues(string name) => Metadata.Elements(Dc + name).Select(e => e.Value);

    public IEnumerable<string> ContentDocuments => Names.Where(n => n.EndsWith(".xhtml") && n != "EPUB/nav.xhtml");

    // Every content document's visible text, in reading order.
    public string AllText => string.Join("\n", Xml("EPUB/content.opf").Root!.Element(Opf + "spine")!.Elements(Opf + "itemref")
        .Select(r => Xml("EPUB/content.opf").Root!.Element(Opf + "manifest")!.Elements(Opf + "item")
            .Single(i => i.Attribute("id")!.Value == r.Attribute("idref")!.Value).Attribute("href")!.Value)
        .Select(href => Xml("EPUB/" + href).Root!.Element(Xhtml + "body")!.Value));
}
