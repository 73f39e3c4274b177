using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Encore.Text;

namespace Encore.Import;

// EPUB 2 and 3 (AO3's and FanFicFare's among them): metadata from the package document, chapters from the spine.
// The archive is read in memory with limits, so a zip bomb, a huge entry or a "../" name is refused, not followed.
internal static class EpubPost
{
    private const int MaxEntries = 10_000;
    private const long MaxEntryBytes = 50L * 1024 * 1024;
    private const long MaxTotalBytes = 200L * 1024 * 1024;
    private const int MaxRatio = 200;

    public static void Read(byte[] bytes, ParsedPost post, PostContext context)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new ImportException("This is not a valid EPUB: it is not a zip archive.");
        }
        using (zip)
        {
            var files = new EpubFiles(zip);
            var opfPath = RootFile(files) ?? throw new ImportException("This is not a valid EPUB: META-INF/container.xml does not name a package document.");
            var opf = Xml(files.Read(opfPath) ?? throw new ImportException($"This is not a valid EPUB: the package document {opfPath} is missing."));
            var package = EpubPackage.From(opf, opfPath);
            package.ApplyMetadata(post, context);

            var documents = package.Spine.Select(href => (Href: href, Html: files.ReadText(href))).Where(d => d.Html != null).ToList();
            if (documents.Count == 0) throw new ImportException("The EPUB's spine has no readable documents.");
            if (documents.Any(d => d.Html!.Contains("id=\"preface\"", StringComparison.Ordinal)))
            {
                // AO3's EPUB: one HTML download split into files by Calibre; join the bodies and read it as one.
                var joined = string.Concat(documents.Select(d => HtmlFragment.ParseDocument(d.Html!).Body?.OuterHtml.Replace("<body", "<div").Replace("</body>", "</div>")));
                var doc = HtmlFragment.ParseDocument("<html><body>" + joined + "</body></html>");
                var title = post.Title;
                post.AdditionalTags.Clear();
                Ao3Download.Read(doc, post, context);
                post.Title ??= title;
                return;
            }
            EpubChapters.Read(documents.Select(d => (d.Href, d.Html!)).ToList(), post, context);
        }
    }

    private static string? RootFile(EpubFiles files)
    {
        var container = files.Read("META-INF/container.xml");
        if (container == null) return null;
        var xml = Xml(container);
        return xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "rootfile")?.Attribute("full-path")?.Value;
    }

    internal static XDocument Xml(byte[] data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 20_000_000 };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ImportException($"The EPUB's package files are not valid XML: {e.Message}");
        }
    }

    // The archive's entries, read with limits on count, size and compression ratio.
    private sealed class EpubFiles
    {
        private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.Ordinal);
        private long _total;

        public EpubFiles(ZipArchive zip)
        {
            if (zip.Entries.Count > MaxEntries) throw new ImportException($"The EPUB has {zip.Entries.Count:N0} files; at most {MaxEntries:N0} are read.");
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Split('/').Contains("..") || name.Contains(':'))
                    throw new ImportException($"The EPUB contains an unsafe file name ({entry.FullName}); it was not read.");
                _entries[name] = entry;
            }
        }

        public byte[]? Read(string path)
        {
            if (!_entries.TryGetValue(Normalize(path), out var entry)) return null;
            if (entry.Length > MaxEntryBytes || entry.CompressedLength > 0 && entry.Length / Math.Max(1, entry.CompressedLength) > MaxRatio && entry.Length > 1024 * 1024)
                throw new ImportException($"The EPUB file {entry.FullName} expands to {entry.Length:N0} bytes; it looks like a zip bomb and was not read.");
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            // Declared sizes can lie: count what actually comes out.
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                _total += read;
                if (buffer.Length > MaxEntryBytes || _total > MaxTotalBytes)
                    throw new ImportException("The EPUB expands to more than Encore reads from one file; it looks like a zip bomb and was not read.");
            }
            return buffer.ToArray();
        }

        public string? ReadText(string path) => Read(path) is { } data ? TextDecoding.Decode(data) : null;

        private static string Normalize(string path)
        {
            var parts = new List<string>();
            foreach (var part in Uri.UnescapeDataString(path.Split('#')[0]).Replace('\\', '/').Split('/'))
            {
                if (part is "" or ".") continue;
                if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            return string.Join('/', parts);
        }
    }
}
