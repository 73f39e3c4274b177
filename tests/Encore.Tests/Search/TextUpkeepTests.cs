using Encore.Data;
using Encore.Search;
using Encore.Tests.PostingPages;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Encore.Tests.Search;

public sealed class TextUpkeepTests
{
    [Fact]
    public async Task After_random_posts_edits_and_deletes_the_text_index_equals_a_fresh_build_and_compaction_changes_nothing()
    {
        var (folder, settings, _) = await WorkIndexTests.ArchiveAsync(300, seed: 5, text: true);
        using var _folder = folder;
        await using var db = DatabaseServices.Open(settings);
        var index = await TextIndex.BuildAsync(db);
        var rng = new Random(9);
        var ids = await db.Works.Select(w => w.Id).ToListAsync();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => GeneratedArchive.TextWords[rng.Next(GeneratedArchive.TextWords.Length)]));

        for (var step = 0; step < 200; step++)
        {
            var id = ids[rng.Next(ids.Count)];
            switch (rng.Next(6))
            {
                case 0: // post a new work
                    var work = new Work { Title = $"Posted {Words(2)}", Summary = $"<p>{Words(5)}</p>", PublishedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                    work.Chapters.Add(new Chapter { Position = 1, Content = $"<p>{Words(40)}</p>", PublishedAt = DateTime.UtcNow });
                    db.Works.Add(work);
                    await db.SaveChangesAsync();
                    ids.Add(id = work.Id);
                    break;
                case 1: // edit a chapter's text
                    await db.Chapters.Where(c => c.WorkId == id).Take(1).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, $"<p>{Words(30)} <em>edited</em></p>"));
                    break;
                case 2: // retitle, new summary
                    await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Title, $"Retitled {step}").SetProperty(w => w.Summary, (string?)null));
                    break;
                case 3: // delete
                    await db.Chapters.Where(c => c.WorkId == id).ExecuteDeleteAsync();
                    await db.Works.Where(w => w.Id == id).ExecuteDeleteAsync();
                    ids.Remove(id);
                    break;
                case 4: // a change full-text search does not see (kudos): refreshing must leave the work as it is
                    await db.Works.Where(w => w.Id == id).ExecuteUpdateAsync(s => s.SetProperty(w => w.KudosCount, w => w.KudosCount + 1));
                    break;
                default: // add a chapter
                    var position = await db.Chapters.Where(c => c.WorkId == id).Select(c => (int?)c.Position).MaxAsync() ?? 0;
                    db.Chapters.Add(new Chapter { WorkId = id, Position = position + 1, Title = Words(2), Content = $"<p>{Words(20)}</p>", PublishedAt = DateTime.UtcNow });
                    await db.SaveChangesAsync();
                    break;
            }
            db.ChangeTracker.Clear();
            await index.RefreshWorkAsync(db, id);
        }

        Assert.Empty(await TextIndexCheck.CompareAsync(index, db));
        var fresh = await TextIndex.BuildAsync(db);
        index.Compact();
        Assert.Empty(TextIndexCheck.Compare(index, fresh));
        // Compacted, the index scores exactly as a fresh build does (dead works no longer count in frequencies).
        foreach (var query in new[] { "the", "\"the night\"", "star* -dark", "title:retitled", "ivy OR karen", "-derek" })
        {
            var a = index.Match(query);
            var b = fresh.Match(query);
            Assert.Equal(b.WorkIds.Zip(b.Scores).OrderBy(p => p.First), a.WorkIds.Zip(a.Scores).OrderBy(p => p.First));
        }
        // And the check notices drift: a change the index was not told about.
        await db.Chapters.Where(c => c.WorkId == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, "<p>Something else entirely.</p>"));
        Assert.NotEmpty(await TextIndexCheck.CompareAsync(index, db));
    }

    [Fact]
    public async Task A_work_posted_and_edited_through_the_site_is_found_by_its_words_and_the_index_verifies()
    {
        await using var archive = await TestArchive.StartAsync(samples: false);
        await archive.CreateUserAsync("writer");
        var client = await archive.SignInAsync("writer");
        var work = await client.PostWorkAsync(PostingForms.Work("Harbour Lights"));
        var host = archive.Services.GetRequiredService<IndexHost>();

        Assert.Equal([work], host.Index.Search(new WorkQuery { Text = "lighthouse keeper" }).WorkIds);
        Assert.Equal([work], host.Index.Search(new WorkQuery { Text = "title:harbour creator:writer tag:fog" }).WorkIds);
        Assert.Empty(host.Index.Search(new WorkQuery { Text = "\"keeper lighthouse\"" }).WorkIds);

        await using (var db = archive.OpenDb())
        {
            var chapter = await db.Chapters.Where(c => c.WorkId == work).Select(c => c.Id).SingleAsync();
            var saved = await client.SubmitAsync($"/works/{work}/chapters/{chapter}/edit",
                [new("Input.Title", "Storm"), new("Input.Content", "<p>The <strong>storm</strong> took the pier.</p>")]);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Empty(host.Index.Search(new WorkQuery { Text = "lighthouse" }).WorkIds);
        var found = host.Index.Search(new WorkQuery { Text = "storm pier" });
        Assert.Equal([work], found.WorkIds);
        Assert.Empty(await host.VerifyAsync());

        await using (var db = archive.OpenDb())
        {
            var snippets = await Snippets.ForWorksAsync(db, found.WorkIds, found.Text!.Query);
            var snippet = Assert.Single(snippets[work]);
            Assert.Equal(["storm", "pier"], snippet.Pieces().Where(p => p.Marked).Select(p => p.Text));
        }
    }
}
