using Encore.Data;
using Encore.People;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Samples;

// Fills an empty archive with the works in Samples/Works, written for Encore, so a newcomer's first look is at a
// living archive. Sample users have no password and cannot sign in.
public static class SampleArchive
{
    public static async Task<int> LoadIfEmptyAsync(EncoreDb db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.Works.AnyAsync(ct)) return 0;
        var samples = Read().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pseuds = await CreateCreatorsAsync(db, samples, clock, ct);
        var posting = new WorkPosting(db, clock, new Understanding.TextAnalyzer(await Understanding.KnowledgeBase.LoadAsync(db, ct)));
        var catalog = new TagCatalog(db);
        foreach (var sample in samples)
        {
            await posting.PostAsync(sample.Work with { PseudIds = [pseuds[(sample.User, sample.Pseud)].Id] }, ct);
            foreach (var (fandom, medium) in sample.Media)
                await LinkMediaAsync(db, catalog, fandom, medium, ct);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return samples.Count;
    }

    internal static IEnumerable<SampleWork> Read()
    {
        var assembly = typeof(SampleArchive).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Samples.Works.")).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return SampleWork.Parse(reader.ReadToEnd());
        }
    }

    private static async Task<Dictionary<(string, string), Pseud>> CreateCreatorsAsync(
        EncoreDb db, List<SampleWork> samples, TimeProvider clock, CancellationToken ct)
    {
        var pseuds = new Dictionary<(string, string), Pseud>();
        foreach (var group in samples.GroupBy(s => s.User))
        {
            var user = new User
            {
                UserName = group.Key, NormalizedUserName = group.Key.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Users.Add(user);
            foreach (var pseudName in group.Select(s => s.Pseud).Prepend(group.Key).Distinct())
            {
                var pseud = new Pseud { UserId = user.Id, User = user, Name = pseudName, IsDefault = pseudName == group.Key };
                db.Pseuds.Add(pseud);
                pseuds[(group.Key, pseudName)] = pseud;
            }
        }
        await db.SaveChangesAsync(ct);
        return pseuds;
    }

    private static async Task LinkMediaAsync(EncoreDb db, TagCatalog catalog, string fandomName, string mediumName, CancellationToken ct)
    {
        var fandom = await catalog.FindOrCreateAsync(TagType.Fandom, fandomName, ct);
        var medium = await catalog.FindOrCreateAsync(TagType.Media, mediumName, ct);
        await db.SaveChangesAsync(ct);
        if (!await db.TagParents.AnyAsync(p => p.ChildId == fandom.Id && p.ParentId == medium.Id, ct))
            db.TagParents.Add(new TagParent { ChildId = fandom.Id, ParentId = medium.Id });
    }
}
