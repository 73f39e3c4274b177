using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Encore.Data;
using Encore.Import;

namespace Encore.Web.Cli;

// encore import [--db PATH] [--dry-run] [--json] [--fandom NAME] PATH...
public static class ImportCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders (read recursively) of raw posts: .txt, .html, .epub", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse and report without writing anything" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per file, one per line, to standard output" };
        var fandom = new Option<string?>("--fandom") { Description = "The fandom of posts that do not name one", HelpName = "NAME" };
        var noSuggestions = new Option<bool>("--no-suggestions") { Description = "Do not analyse the text for suggested tags" };
        var command = new Command("import", "Take in raw story posts (LiveJournal/Dreamwidth entries, FanFiction.net-style posts, AO3 HTML and EPUB downloads)")
        {
            paths, dryRun, json, fandom, noSuggestions,
        };
        command.SetAction((parse, ct) => EncoreCli.Guard(() => RunAsync(
            EncoreCli.Database(parse), parse.GetValue(paths)!, new ImportOptions(parse.GetValue(dryRun), parse.GetValue(fandom), !parse.GetValue(noSuggestions)), parse.GetValue(json), ct)));
        return command;
    }

    internal static async Task<int> RunAsync(DatabaseSettings database, string[] paths, ImportOptions options, bool json, CancellationToken ct,
        Func<ImportOutcome, string>? describe = null, string? verb = null)
    {
        await using var db = await OpenAsync(database, options.DryRun, ct);
        var importer = new Importer(db, TimeProvider.System, options);
        var sources = ImportSources.Expand(paths);
        var progress = new ImportProgress(sources.Count, enabled: !Console.IsErrorRedirected);
        var counts = new Dictionary<string, int> { [ImportOutcome.Imported] = 0, [ImportOutcome.Duplicate] = 0, [ImportOutcome.Failed] = 0 };
        var clock = Stopwatch.StartNew();
        var stdout = Console.Out;

        var files = sources.Select(s => (s.Path, (Func<CancellationToken, Task<byte[]>>)(token => ReadAsync(s, token))));
        await foreach (var outcome in ImportPipeline.RunAsync(importer, files, ct))
        {
            counts[outcome.Status]++;
            if (json) await stdout.WriteLineAsync(JsonSerializer.Serialize(outcome, Json));
            else await stdout.WriteLineAsync(describe?.Invoke(outcome) ?? Describe(outcome, options.DryRun));
            progress.Advance();
        }
        progress.Done();

        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        verb ??= options.DryRun ? "Would import" : "Imported";
        await Console.Error.WriteLineAsync(
            $"{verb} {counts[ImportOutcome.Imported]:N0}, duplicates {counts[ImportOutcome.Duplicate]:N0}, failed {counts[ImportOutcome.Failed]:N0}: " +
            $"{sources.Count:N0} files in {seconds:N1} s ({sources.Count / seconds:N0} files/s).");
        return counts[ImportOutcome.Failed] > 0 ? 1 : 0;
    }

    // Problems reading a file become that file's error (ImportException), never the run's.
    private static async Task<byte[]> ReadAsync(ImportSource source, CancellationToken ct)
    {
        if (source.Problem != null) throw new ImportException(source.Problem);
        try
        {
            var info = new FileInfo(source.Path);
            if (info.Length > PostReader.MaxFileBytes)
                throw new ImportException($"The file is {info.Length / 1024 / 1024} MB; posts of up to {PostReader.MaxFileBytes / 1024 / 1024} MB can be imported.");
            return await File.ReadAllBytesAsync(source.Path, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"Cannot read the file: {e.Message}");
        }
    }

    // A dry run writes nothing: it reads an existing, current database (for duplicates and known fandoms) or none.
    private static async Task<EncoreDb?> OpenAsync(DatabaseSettings database, bool dryRun, CancellationToken ct)
    {
        if (dryRun) return await ReadOnlyDatabase.OpenAsync(database, ct);
        await DatabaseCheck.PrepareAsync(database, ct);
        return DatabaseServices.Open(database);
    }

    private static string Describe(ImportOutcome o, bool dryRun) => o.Status switch
    {
        ImportOutcome.Imported when dryRun => $"would import  {o.Work!.Title}  ({o.Source})",
        ImportOutcome.Imported => $"imported  #{o.Work!.Id}  {o.Work.Title}  ({o.Source})",
        ImportOutcome.Duplicate => $"duplicate  {(o.Work?.Id is { } id ? $"#{id}  " : "")}{o.Work?.Title}  ({o.Source})",
        _ => $"failed  {o.Source}: {o.Error}",
    };
}
