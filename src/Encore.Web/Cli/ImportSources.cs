namespace Encore.Web.Cli;

public sealed record ImportSource(string Path, string? Problem = null);

public static class ImportSources
{
    // Files as given, and every file under each folder (hidden files skipped), in a stable order.
    public static List<ImportSource> Expand(IEnumerable<string> paths)
    {
        var sources = new List<ImportSource>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) sources.Add(new ImportSource(path));
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
                sources.AddRange(Directory.EnumerateFiles(path, "*", options)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ImportSource(f)));
            }
            else sources.Add(new ImportSource(path, "No such file or folder."));
        }
        return sources;
    }
}
