namespace Encore.Tests.Support;

public static class RepoPaths
{
    // The repository root (where Encore.slnx is), found from the test binary's folder.
    public static string Root { get; } = Find();

    public static string Corpus => Path.Combine(Root, "tests", "Encore.Tests", "Import", "Corpus");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Encore.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
