using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Encore.Export;

/// <summary>A made download on disk, with the strong ETag of its bytes.</summary>
public sealed record ExportFile(string Path, ExportFormat Format, string ETag);

/// <summary>
/// Made downloads, kept on disk per work, format and version (Book.Version, a hash of everything the file shows), so
/// an edit of any kind makes a new file and the old one is never served again. Making a file replaces the work's
/// older versions in that format; past <paramref name="maxBytes"/> in all, the least recently served files go.
/// </summary>
public sealed class ExportCache(string folder, long maxBytes = ExportCache.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 512L * 1024 * 1024;

    // One making per file at a time: two readers asking at once for a new PDF share one Calibre run.
    private readonly ConcurrentDictionary<string, Lazy<Task<ExportFile>>> _making = new();

    public string Folder => folder;

    public async Task<ExportFile> GetOrMakeAsync(int workId, ExportFormat format, string version, Func<string, CancellationToken, Task> make,
        CancellationToken ct)
    {
        var prefix = $"{format.Extension()}-{version}-";
        var workFolder = Path.Combine(folder, workId.ToString());
        if (Find(workFolder, prefix, format) is { } cached) return cached;
        var key = workFolder + "/" + prefix;
        var making = _making.GetOrAdd(key,
            _ => new Lazy<Task<ExportFile>>(() => MakeAsync(workFolder, prefix, format, make, CancellationToken.None)));
        try
        {
            return await making.Value.WaitAsync(ct);
        }
        finally
        {
            if (making.Value.IsCompleted) _making.TryRemove(new KeyValuePair<string, Lazy<Task<ExportFile>>>(key, making));
        }
    }

    private static ExportFile? Find(string workFolder, string prefix, ExportFormat format)
    {
        if (!Directory.Exists(workFolder)) return null;
        var path = Directory.EnumerateFiles(workFolder, prefix + "*." + format.Extension()).FirstOrDefault();
        if (path == null) return null;
        try
        {
            File.SetLastAccessTimeUtc(path, DateTime.UtcNow);
        }
        catch (IOException)
        {
            return null; // trimmed away just now
        }
        var name = Path.GetFileNameWithoutExtension(path);
        return new ExportFile(path, format, name[prefix.Length..]);
    }

    private async Task<ExportFile> MakeAsync(string workFolder, string prefix, ExportFormat format,
        Func<string, CancellationToken, Task> make, CancellationToken ct)
    {
        Directory.CreateDirectory(workFolder);
        var temporary = Path.Combine(workFolder, $"making-{Guid.NewGuid():N}.{format.Extension()}");
        try
        {
            await make(temporary, ct);
            string etag;
            await using (var file = File.OpenRead(temporary)) etag = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct))[..32];
            var path = Path.Combine(workFolder, prefix + etag + "." + format.Extension());
            foreach (var old in Directory.EnumerateFiles(workFolder, format.Extension() + "-*." + format.Extension())) TryDelete(old);
            File.Move(temporary, path, overwrite: true);
            Trim();
            return new ExportFile(path, format, etag);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    // Least recently served first, until the cache is back to three quarters of its size.
    private void Trim()
    {
        var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.StartsWith("making-")).ToList();
        var total = files.Sum(f => f.Length);
        if (total <= maxBytes) return;
        foreach (var file in files.OrderBy(f => f.LastAccessTimeUtc))
        {
            if (total <= maxBytes * 3 / 4) break;
            total -= file.Length;
            TryDelete(file.FullName);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* being served right now; the next trim gets it */ }
        catch (UnauthorizedAccessException) { }
    }
}
