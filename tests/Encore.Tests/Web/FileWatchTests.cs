using Encore.Tests.Support;

namespace Encore.Tests.Web;

// Every archive a process starts used to keep an inotify instance (a watch on site.css for asp-append-version) after
// it was disposed; a test run starting a few hundred archives hit the user's limit of 128 and pages failed with 500.
public sealed class FileWatchTests
{
    [Fact]
    public async Task Archives_started_and_disposed_keep_no_inotify_instances()
    {
        if (!OperatingSystem.IsLinux()) return; // the leak and the count are both Linux's
        var before = InotifyInstances();
        for (var i = 0; i < 3; i++)
        {
            await using var archive = await TestArchive.StartAsync(samples: false);
            var page = await archive.GetHtmlAsync("/");
            Assert.Contains("/css/site.css?v=", page); // the versioned link that used to start a watcher
        }
        // Other tests may run alongside, but none of them should hold instances either, so the count cannot rise.
        Assert.True(InotifyInstances() <= before, $"inotify instances went from {before} to {InotifyInstances()}");
    }

    private static int InotifyInstances() =>
        Directory.EnumerateFiles("/proc/self/fd").Count(fd =>
        {
            try { return new FileInfo(fd).LinkTarget == "anon_inode:inotify"; }
            catch (IOException) { return false; } // closed while we looked
        });
}
