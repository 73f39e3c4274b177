using Encore.Data;
using Microsoft.EntityFrameworkCore;

namespace Encore.Understanding;

// The fandom files that ship with Encore (Understanding/Fandoms/*.json). Every database learns them when it is
// prepared, so text analysis recognises these fandoms on a fresh install.
public static class ShippedFandoms
{
    // Read once per process: every database preparation and every dry run asks for them.
    private static readonly Lazy<IReadOnlyList<(string Name, FandomFile File)>> Parsed = new(Read);

    public static IReadOnlyList<(string Name, FandomFile File)> Files() => Parsed.Value;

    private static IReadOnlyList<(string Name, FandomFile File)> Read()
    {
        var assembly = typeof(ShippedFandoms).Assembly;
        var files = new List<(string, FandomFile)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Understanding.Fandoms.")).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add((name, FandomFile.Parse(reader.ReadToEnd())));
        }
        return files;
    }

    public static async Task EnsureLoadedAsync(EncoreDb db, CancellationToken ct = default)
    {
        foreach (var (_, file) in Files())
        {
            // Already known: a fandom whose characters all have tags needs no reload on every start.
            var names = file.Characters.Select(c => Encore.Tags.Tag.Normalize(c.Name)).Append(Encore.Tags.Tag.Normalize(file.Fandom)).ToList();
            var known = await db.Tags.CountAsync(t => names.Contains(t.NormalizedName), ct);
            if (known < names.Count) await FandomLoader.LoadAsync(db, file, ct);
        }
    }
}
