using System.IO.Compression;

namespace Encore.Tests.Support;

// Fixture EPUBs are kept unzipped in the repository so they can be read and reviewed; tests zip them as an EPUB
// must be: the mimetype entry first and uncompressed.
public static class EpubFolder
{
    public static byte[] Zip(string folder, Func<string, string>? rename = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression);
            using (var writer = new StreamWriter(mimetype.Open())) writer.Write("application/epub+zip");
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (name == "mimetype") continue;
                var entry = zip.CreateEntry(rename?.Invoke(name) ?? name, CompressionLevel.Optimal);
                using var output = entry.Open();
                using var input = File.OpenRead(file);
                input.CopyTo(output);
            }
        }
        return buffer.ToArray();
    }
}
