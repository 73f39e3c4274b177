using Encore.Export;
using Encore.Tests.Support;

namespace Encore.Tests.Export;

// The download cache: one file per work, format and version, the old version gone when a new one is made, and
// the whole folder kept under its size by dropping what was served least recently.
public class ExportCacheTests
{
    private static Func<string, CancellationToken, Task> Writes(string text, List<string>? log = null) => async (path, ct) =>
    {
        log?.Add(text);
        await File.WriteAllTextAsync(path, text, ct);
    };

    [Fact]
    public async Task A_version_is_made_once_then_served_from_disk_and_replaced_by_the_next()
    {
        using var folder = new TempFolder();
        var cache = new ExportCache(folder.Path);
        var made = new List<string>();
        var first = await cache.GetOrMakeAsync(5, ExportFormat.Epub, "v1", Writes("one", made), default);
        var again = await cache.GetOrMakeAsync(5, ExportFormat.Epub, "v1", Writes("never", made), default);
        Assert.Equal(["one"], made);
        Assert.Equal(first, again);
        Assert.Equal("one", await File.ReadAllTextAsync(again.Path));

        var html = await cache.GetOrMakeAsync(5, ExportFormat.Html, "v1", Writes("html", made), default);
        var second = await cache.GetOrMakeAsync(5, ExportFormat.Epub, "v2", Writes("two", made), default);
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.False(File.Exists(first.Path));
        Assert.True(File.Exists(html.Path));
        Assert.Equal("two", await File.ReadAllTextAsync(second.Path));
    }

    [Fact]
    public async Task The_etag_is_the_files_content_so_equal_files_share_it()
    {
        using var folder = new TempFolder();
        var cache = new ExportCache(folder.Path);
        var a = await cache.GetOrMakeAsync(1, ExportFormat.Epub, "v1", Writes("same"), default);
        var b = await cache.GetOrMakeAsync(2, ExportFormat.Epub, "v9", Writes("same"), default);
        var c = await cache.GetOrMakeAsync(3, ExportFormat.Epub, "v1", Writes("other"), default);
        Assert.Equal(a.ETag, b.ETag);
        Assert.NotEqual(a.ETag, c.ETag);
    }

    [Fact]
    public async Task Readers_asking_at_once_share_one_making()
    {
        using var folder = new TempFolder();
        var cache = new ExportCache(folder.Path);
        var makings = 0;
        var gate = new TaskCompletionSource();
        async Task Slow(string path, CancellationToken ct)
        {
            Interlocked.Increment(ref makings);
            await gate.Task;
            await File.WriteAllTextAsync(path, "slow", ct);
        }
        var waiting = Enumerable.Range(0, 5).Select(_ => cache.GetOrMakeAsync(9, ExportFormat.Pdf, "v1", Slow, default)).ToList();
        gate.SetResult();
        var files = await Task.WhenAll(waiting);
        Assert.Equal(1, makings);
        Assert.Single(files.Select(f => f.Path).Distinct());
    }

    [Fact]
    public async Task The_cache_never_grows_past_its_size_and_keeps_what_was_served_last()
    {
        using var folder = new TempFolder();
        var cache = new ExportCache(folder.Path, maxBytes: 10_000);
        var kept = await cache.GetOrMakeAsync(0, ExportFormat.Epub, "v1", Writes(new string('k', 1_000)), default);
        for (var work = 1; work <= 40; work++)
        {
            await cache.GetOrMakeAsync(work, ExportFormat.Epub, "v1", Writes(new string('x', 1_000 + work)), default);
            File.SetLastAccessTimeUtc(kept.Path, DateTime.UtcNow.AddMinutes(1)); // served again just now
            var total = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Assert.True(total <= 10_000, $"the cache holds {total} bytes after work {work}");
        }
        Assert.True(File.Exists(kept.Path));
        Assert.True(File.Exists(Directory.EnumerateFiles(Path.Combine(folder.Path, "40")).Single()));
        Assert.False(Directory.EnumerateFiles(Path.Combine(folder.Path, "1")).Any());
    }

    [Fact]
    public async Task A_failed_making_leaves_nothing_behind_and_can_be_tried_again()
    {
        using var folder = new TempFolder();
        var cache = new ExportCache(folder.Path);
        await Assert.ThrowsAsync<ExportException>(() => cache.GetOrMakeAsync(3, ExportFormat.Mobi, "v1", async (path, _) =>
        {
            await File.WriteAllTextAsync(path, "half");
            throw new ExportException("Calibre failed");
        }, default));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories));
        var file = await cache.GetOrMakeAsync(3, ExportFormat.Mobi, "v1", Writes("whole"), default);
        Assert.Equal("whole", await File.ReadAllTextAsync(file.Path));
    }
}
