using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Encore.Web.Hosting;

// The files under a running archive (its stylesheet, scripts, pages) never change while it runs, so nothing needs to
// watch them. The default provider watches with a FileSystemWatcher as soon as anything asks (asp-append-version
// does, for site.css): one inotify instance per archive, which the host never gives back when it is disposed, so a
// process starting many archives (the test run) exhausted the user's 128 and pages failed with 500.
public sealed class UnwatchedFiles(IFileProvider files) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) => files.GetFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public static void Apply(IWebHostEnvironment environment)
    {
        environment.ContentRootFileProvider = new UnwatchedFiles(environment.ContentRootFileProvider);
        environment.WebRootFileProvider = new UnwatchedFiles(environment.WebRootFileProvider);
    }
}
