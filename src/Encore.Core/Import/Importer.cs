using System.Text.Json;
using Encore.Data;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Import;

public sealed record ImportOptions(bool DryRun = false, string? Fandom = null);

public sealed record ImportOutcome(string Source, string Status, string? Error, WorkReport? Work)
{
    public const string Imported = "imported", Duplicate = "duplicate", Failed = "failed";
}

// Takes raw posts into the archive, one at a time, each in its own transaction: a post is stored whole (work,
// chapters, tags and the record of the import) or not at all. Reuse one Importer for a run of many files.
// A dry run may have no database at all (db null): then nothing is known of earlier imports or the archive's fandoms.
public sealed class Importer(EncoreDb? db, TimeProvider clock, ImportOptions options)
{
    private readonly WorkPosting? _posting = db == null ? null : new WorkPosting(db, clock);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private PostContext? _context;

    public async Task<ImportOutcome> ImportAsync(string source, byte[] bytes, CancellationToken ct = default)
    {
        var context = _context ??= await LoadContextAsync(ct);
        ParsedPost post;
        PostFormat format;
        try
        {
            (post, format) = PostReader.Read(source, bytes, context);
        }
        catch (ImportException e)
        {
            return new ImportOutcome(source, ImportOutcome.Failed, e.Message, null);
        }

        var (work, report, hash) = ImportMapping.Map(post, Path.GetFileName(source));
        if (WorkRules.Check(work) is { Count: > 0 } problems)
            return new ImportOutcome(source, ImportOutcome.Failed, string.Join(" ", problems.Select(p => p.Message)), report);

        if (!_seen.Add(hash)) return new ImportOutcome(source, ImportOutcome.Duplicate, null, report);
        var existing = db == null ? null : await db.ImportedPosts.Where(p => p.ContentHash == hash).Select(p => (int?)p.WorkId).FirstOrDefaultAsync(ct);
        if (existing != null) return new ImportOutcome(source, ImportOutcome.Duplicate, null, report.WithId(existing));
        if (options.DryRun || db == null || _posting == null) return new ImportOutcome(source, ImportOutcome.Imported, null, report);

        try
        {
            var stored = await _posting.PrepareAsync(work, ct);
            db.ImportedPosts.Add(new ImportedPost
            {
                Work = stored, ContentHash = hash, SourceName = Path.GetFileName(source), Format = format.ToString().ToLowerInvariant(),
                ImportedAt = clock.GetUtcNow().UtcDateTime,
                PostMetadata = post.PostMetadata.Count == 0 ? null : JsonSerializer.Serialize(post.PostMetadata),
            });
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

    private async Task<PostContext> LoadContextAsync(CancellationToken ct)
    {
        var fandoms = db == null ? [] : await db.Tags.Canonical(TagType.Fandom).Select(t => t.Name).ToListAsync(ct);
        var context = new PostContext { KnownFandoms = fandoms };
        return options.Fandom == null ? context : new PostContext { KnownFandoms = fandoms, DefaultFandom = context.ResolveFandom(options.Fandom) };
    }
}
