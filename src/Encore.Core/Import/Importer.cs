using System.Text.Json;
using Encore.Data;
using Encore.Tags;
using Encore.Understanding;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Import;

public sealed record ImportOptions(bool DryRun = false, string? Fandom = null, bool Analyze = true);

public sealed record ImportOutcome(string Source, string Status, string? Error, WorkReport? Work)
{
    public const string Imported = "imported", Duplicate = "duplicate", Failed = "failed";
}

// A post read and mapped, ready to store; or the reason it cannot be.
public sealed record PreparedPost(string Source, PostFormat Format, NewWork? Work, WorkReport? Report, string? Hash,
    IReadOnlyDictionary<string, string>? PostMetadata, string? Error);

// Takes raw posts into the archive, each in its own transaction: a post is stored whole (work, chapters, tags and the
// record of the import) or not at all. Prepare is pure and may run on many threads at once; Store writes, in order,
// on one. A dry run may have no database at all (db null): then earlier imports and the archive's fandoms are unknown.
public sealed class Importer(EncoreDb? db, TimeProvider clock, ImportOptions options)
{
    private readonly WorkPosting? _posting = Prepare(db) is { } ready ? new WorkPosting(ready, clock) : null;

    // Every entity an import writes is new and added explicitly, so EF need not scan for changes before each save.
    private static EncoreDb? Prepare(EncoreDb? db)
    {
        if (db != null) db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public bool Writes => db != null && !options.DryRun;
    private PostContext? _context;

    // Loads what parsing needs from the database; call once before Prepare.
    public async Task<PostContext> ContextAsync(CancellationToken ct = default)
    {
        if (_context != null) return _context;
        // Without a database (a dry run on a new path) the shipped fandoms are what a real import would know.
        var fandoms = db == null
            ? Understanding.ShippedFandoms.Files().Select(f => f.File.Fandom).ToList()
            : await db.Tags.Canonical(TagType.Fandom).Select(t => t.Name).ToListAsync(ct);
        var analyzer = options.Analyze ? new Understanding.TextAnalyzer(db == null ? Understanding.KnowledgeBase.Shipped() : await Understanding.KnowledgeBase.LoadAsync(db, ct)) : null;
        var known = new PostContext { KnownFandoms = fandoms, Analyzer = analyzer };
        if (options.Fandom == null) return _context = known;
        // The fandom given on the command line also counts as known, so a post's "SMASH" files under it.
        var fandom = known.ResolveFandom(options.Fandom);
        return _context = new PostContext { KnownFandoms = [.. fandoms.Append(fandom).Distinct()], DefaultFandom = fandom, Analyzer = analyzer };
    }

    public static PreparedPost Prepare(string source, byte[] bytes, PostContext context)
    {
        try
        {
            var (post, format) = PostReader.Read(source, bytes, context);
            var (work, report, hash) = ImportMapping.Map(post, Path.GetFileName(source));
            if (context.Analyzer != null) report = report with { Suggestions = Analysis.Of(context.Analyzer, work) };
            if (WorkRules.Check(work) is { Count: > 0 } problems)
                return new PreparedPost(source, format, null, report, null, null, string.Join(" ", problems.Select(p => p.Message)));
            return new PreparedPost(source, format, work, report, hash, post.PostMetadata, null);
        }
        catch (ImportException e)
        {
            return new PreparedPost(source, PostFormat.Text, null, null, null, null, e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            // A damaged file (a corrupt zip entry, broken XML) fails alone; the run goes on.
            return new PreparedPost(source, PostFormat.Text, null, null, null, null, $"The file is damaged and could not be read ({e.Message}).");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug met by one file must not end a run of thousands: that file fails, saying what went wrong.
            return new PreparedPost(source, PostFormat.Text, null, null, null, null, $"Encore could not read this file ({e.GetType().Name}: {e.Message}). Please report it.");
        }
    }

    public async Task<ImportOutcome> ImportAsync(string source, byte[] bytes, CancellationToken ct = default) =>
        await StoreAsync(Prepare(source, bytes, await ContextAsync(ct)), ct);

    public async Task<ImportOutcome> StoreAsync(PreparedPost prepared, CancellationToken ct = default)
    {
        var (source, report, hash) = (prepared.Source, prepared.Report, prepared.Hash);
        if (prepared.Error != null || prepared.Work == null || hash == null || report == null)
            return new ImportOutcome(source, ImportOutcome.Failed, prepared.Error, report);

        if (!_seen.Add(hash)) return new ImportOutcome(source, ImportOutcome.Duplicate, null, report);
        var existing = db == null ? null : await db.ImportedPosts.Where(p => p.ContentHash == hash).Select(p => (int?)p.WorkId).FirstOrDefaultAsync(ct);
        if (existing != null) return new ImportOutcome(source, ImportOutcome.Duplicate, null, report.WithId(existing));
        if (options.DryRun || db == null || _posting == null) return new ImportOutcome(source, ImportOutcome.Imported, null, report);

        try
        {
            var stored = await _posting.PrepareAsync(prepared.Work, ct);
            db.ImportedPosts.Add(new ImportedPost
            {
                Work = stored, ContentHash = hash, SourceName = Path.GetFileName(source), Format = prepared.Format.ToString().ToLowerInvariant(),
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                PostMetadata = prepared.PostMetadata is { Count: > 0 } metadata ? JsonSerializer.Serialize(metadata) : null,
            });
            // Added to the context explicitly: change detection is off for imports.
            foreach (var suggestion in report.Suggestions ?? [])
            {
                var entity = Analysis.ToEntity(suggestion, clock.GetUtcNow().UtcDateTime);
                entity.Work = stored;
                db.WorkSuggestions.Add(entity);
            }
            await db.SaveChangesAsync(ct);
            return new ImportOutcome(source, ImportOutcome.Imported, null, report.WithId(stored.Id));
        }
        catch (DbUpdateException e)
        {
            _posting.Forget();
            _seen.Remove(hash);
            return new ImportOutcome(source, ImportOutcome.Failed, $"The archive could not store this work: {e.InnerException?.Message ?? e.Message}", report);
        }
        finally
        {
            // One context serves the whole run; forgetting each file's entities keeps it small and fast.
            db.ChangeTracker.Clear();
        }
    }
}
