using Encore.Data;
using Encore.People;
using Encore.Search;
using Encore.Tags;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Search;

// Lists served by the index and lists served by the database (VisibleTo) must show each reader the same works:
// drafts, restricted and hidden works, the reader's own works, mutes, blocked tags with their sub tags and synonyms,
// and blocked suggested labels.
public sealed class VisibilityAgreementTests
{
    [Fact]
    public async Task The_index_and_VisibleTo_show_every_reader_the_same_works()
    {
        var (folder, settings, archive) = await WorkIndexTests.ArchiveAsync(1500, seed: 21);
        using var _ = folder;
        await using var db = DatabaseServices.Open(settings);
        var index = await WorkIndex.BuildAsync(db);
        var rng = new Random(8);
        var parents = archive.Links.Select(l => l.ParentId).Distinct().ToArray();
        var used = archive.WorkTags.Select(l => l.TagId).Distinct().ToArray();
        var hiddenSomewhere = 0;

        for (var i = 0; i < 40; i++)
        {
            var userId = i % 5 == 0 ? null : archive.UserIds[rng.Next(Math.Min(30, archive.UserIds.Count))];
            // Blocklist entries are canonical tags (a meta tag now and then); the reader's loader adds their sub tags.
            var blocked = userId == null || rng.Next(2) == 0 ? [] : Enumerable.Range(0, rng.Next(1, 3))
                .Select(_ => rng.Next(3) == 0 ? parents[rng.Next(parents.Length)] : used[rng.Next(used.Length)])
                .Select(id => archive.Tags.First(t => t.Id == id)).Select(t => t.MergerId ?? t.Id).Distinct().ToList();
            var labels = blocked.Count > 0 && rng.Next(2) == 0 ? new[] { GeneratedArchive.Labels[rng.Next(GeneratedArchive.Labels.Length)].ToLowerInvariant() } : [];
            var reader = new Reader(userId, IsAdmin: userId != null && rng.Next(4) == 0)
            {
                MutedUserIds = userId == null || rng.Next(3) > 0 ? [] : archive.UserIds.OrderBy(_ => rng.Next()).Take(rng.Next(1, 20)).ToList(),
                BlockedTagIds = blocked.Count == 0 ? [] : await TagFamily.LoadAsync(db, blocked),
                BlockedTagNames = blocked.Select(id => archive.Tags.First(t => t.Id == id).Name).Concat(labels).ToList(),
                BlockSuggestedTags = rng.Next(2) == 0,
            };

            var expected = await db.Works.VisibleTo(reader).Select(w => w.Id).OrderBy(id => id).ToListAsync();
            var actual = index.Search(new WorkQuery { PageSize = 100_000 }.ForReader(reader)).WorkIds.Order().ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"reader {i} ({userId ?? "guest"}, admin {reader.IsAdmin}, {reader.MutedUserIds.Count} muted, blocked [{string.Join(", ", blocked)}], " +
                $"labels [{string.Join(", ", labels)}] {reader.BlockSuggestedTags}): {expected.Count} from VisibleTo, {actual.Count} from the index; " +
                $"only VisibleTo: {string.Join(", ", expected.Except(actual).Take(5))}; only the index: {string.Join(", ", actual.Except(expected).Take(5))}");
            if (reader.HidesAnything && expected.Count < await db.Works.PermittedTo(reader).CountAsync()) hiddenSomewhere++;
        }
        Assert.True(hiddenSomewhere > 5, $"only {hiddenSomewhere} readers had anything hidden by their own choices");
    }
}
