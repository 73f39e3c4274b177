using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Encore.Tests.Community;
using Encore.Tests.Support;
using Encore.Export;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Export;

// Downloads over HTTP, as a reader's browser or e-reader fetches them from the work page.
public class DownloadTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("writer");
        await _archive.CreateUserAsync("reader");
        await _archive.CreateUserAsync("chief", admin: true);
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    internal static string Magic(byte[] bytes, ExportFormat format) => format switch
    {
        ExportFormat.Epub => Encoding.ASCII.GetString(bytes, 0, 4) + Encoding.ASCII.GetString(bytes, 30, 28),
        ExportFormat.Html => Encoding.UTF8.GetString(bytes, 0, 15),
        ExportFormat.Pdf => Encoding.ASCII.GetString(bytes, 0, 5),
        _ => Encoding.ASCII.GetString(bytes, 60, 8),
    };

    internal static readonly Dictionary<ExportFormat, string> Magics = new()
    {
        [ExportFormat.Epub] = "PK\u0003\u0004mimetypeapplication/epub+zip",
        [ExportFormat.Html] = "<!DOCTYPE html>",
        [ExportFormat.Pdf] = "%PDF-",
        [ExportFormat.Azw3] = "BOOKMOBI",
        [ExportFormat.Mobi] = "BOOKMOBI",
    };

    [Fact]
    public async Task The_work_page_links_every_format_and_each_link_downloads_its_type_under_the_works_title()
    {
        var work = await _archive.PostByAsync("writer", "Café Noir: Part 1/2", chapters: 2);
        var page = await _archive.NewClient().PageAsync($"/works/{work.Id}");
        var links = page.QuerySelectorAll("nav.downloads details a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
        Assert.Equal(["EPUB", "AZW3", "MOBI", "PDF", "HTML"], links.Select(l => l.TextContent));
        foreach (var (label, href) in links)
        {
            var format = Enum.Parse<ExportFormat>(label, ignoreCase: true);
            Assert.Equal($"/works/{work.Id}/download/Cafe%20Noir%20Part%201%202.{format.Extension()}", href);
            var response = await _archive.NewClient().GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(format.ContentType(), response.Content.Headers.ContentType!.ToString());
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Equal($"Cafe Noir Part 1 2.{format.Extension()}", disposition.FileName!.Trim('"'));
            Assert.Equal($"Café Noir Part 1 2.{format.Extension()}", disposition.FileNameStar);
            Assert.Equal(Magics[format], Magic(await response.Content.ReadAsByteArrayAsync(), format));
        }
    }

    [Fact]
    public async Task A_download_has_a_strong_etag_answers_304_while_unchanged_and_passes_epubcheck()
    {
        var work = await _archive.PostByAsync("writer", "Etags", change: w => w with
        {
            Summary = TestBooks.Hostile[..1000], SeriesTitle = "A Series", Language = "ar",
            Chapters = [new NewChapter { Content = TestBooks.Hostile + TestBooks.Arabic + TestBooks.Emoji + TestBooks.Tables + TestBooks.Images, Notes = TestBooks.Hostile }],
        });
        var path = $"/works/{work.Id}/download/Etags.epub";
        var first = await _archive.Http.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl!.Private);

        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await _archive.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("work.epub"), await first.Content.ReadAsByteArrayAsync());
        await Epubcheck.AssertValidAsync(folder.File("work.epub"));
    }

    [Fact]
    public async Task Any_edit_makes_a_new_file_even_one_that_leaves_the_updated_date_alone()
    {
        var work = await _archive.PostByAsync("writer", "Before", chapters: 2);
        var path = $"/works/{work.Id}/download/x.epub";
        var (etag, text) = await EpubAsync(path);
        Assert.Contains("Before", text);

        await using (var db = _archive.OpenDb())
        {
            var editing = new WorkEditing(db, TimeProvider.System);
            var input = (await editing.LoadAsync(work.Id))!;
            await editing.UpdateAsync(work.Id, input with { Title = "After", AdditionalTags = ["Rewritten"] });
        }
        var (retitled, text2) = await EpubAsync(path, etag);
        Assert.NotEqual(etag, retitled);
        Assert.Contains("After", text2);
        Assert.Contains("Rewritten", text2);

        await using (var db = _archive.OpenDb())
        {
            var chapter = await db.Chapters.Where(c => c.WorkId == work.Id).OrderBy(c => c.Position).FirstAsync();
            await new ChapterEditing(db, TimeProvider.System).EditAsync(work.Id, chapter.Id, new NewChapter { Content = "<p>A typo, fixed in chapter one.</p>" });
            // A wrangler renames a tag the work carries: nothing about the work itself changed.
            await db.Tags.Where(t => t.Name == "Rewritten").ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "Rewritten Entirely"));
        }
        var (edited, text3) = await EpubAsync(path, retitled);
        Assert.NotEqual(retitled, edited);
        Assert.Contains("A typo, fixed in chapter one.", text3);
        Assert.Contains("Rewritten Entirely", text3);
        var cached = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_archive.Database.Target)!, "downloads", work.Id.ToString()));
        Assert.Single(cached);
    }

    // The EPUB's text (its package and documents, unzipped) and ETag; sends the previous ETag, which must not match.
    private async Task<(EntityTagHeaderValue ETag, string Text)> EpubAsync(string path, EntityTagHeaderValue? previous = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (previous != null) request.Headers.IfNoneMatch.Add(previous);
        var response = await _archive.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var files = new EpubFiles(await response.Content.ReadAsByteArrayAsync());
        return (response.Headers.ETag!, string.Concat(files.Names.Where(n => n.StartsWith("EPUB/")).Select(files.Text)));
    }

    [Fact]
    public async Task Drafts_hidden_works_and_for_guests_restricted_works_are_refused_as_the_work_page_refuses_them()
    {
        var draft = await _archive.PostByAsync("writer", "Draft", change: w => w with { IsDraft = true });
        var hidden = await _archive.PostByAsync("writer", "Hidden");
        var restricted = await _archive.PostByAsync("writer", "Restricted", change: w => w with { Restricted = true });
        await using (var db = _archive.OpenDb())
            await db.Works.Where(w => w.Id == hidden.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.HiddenReason, "Copied"));

        var guest = _archive.NewClient();
        var writer = await _archive.SignInAsync("writer");
        var reader = await _archive.SignInAsync("reader");
        var chief = await _archive.SignInAsync("chief");
        async Task<HttpStatusCode> Download(HttpClient client, Work work) => (await client.GetAsync($"/works/{work.Id}/download/x.epub")).StatusCode;

        // The creator still reads their draft and hidden work, and an admin the hidden one; no one downloads them.
        foreach (var (client, work) in new[] { (writer, draft), (writer, hidden), (chief, hidden) })
        {
            var page = await client.PageAsync($"/works/{work.Id}");
            Assert.Null(page.QuerySelector("nav.downloads"));
            Assert.Equal(HttpStatusCode.NotFound, await Download(client, work));
        }
        foreach (var work in new[] { draft, hidden, restricted })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/works/{work.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, await Download(guest, work));
        }
        Assert.Equal(HttpStatusCode.NotFound, await Download(reader, draft));
        Assert.Equal(HttpStatusCode.OK, await Download(reader, restricted));
        Assert.NotNull((await reader.PageAsync($"/works/{restricted.Id}")).QuerySelector("nav.downloads"));
    }

    [Fact]
    public async Task Unknown_works_and_formats_answer_404_and_an_html_file_cannot_act_as_a_page_of_the_site()
    {
        var work = await _archive.PostByAsync("writer", "Formats");
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.Http.GetAsync($"/works/{work.Id}/download/x.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.Http.GetAsync($"/works/{work.Id}/download/noextension")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _archive.Http.GetAsync($"/works/{work.Id + 100}/download/x.epub")).StatusCode);
        var html = await _archive.Http.GetAsync($"/works/{work.Id}/download/x.html");
        Assert.StartsWith("sandbox;", html.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Without_calibre_only_epub_and_html_are_offered()
    {
        await using var archive = await TestArchive.StartAsync(samples: false, configure: o => o with { EbookConvert = "/nonexistent/ebook-convert" });
        int id;
        await using (var db = archive.OpenDb()) id = (await Posting.PostAsync(db, Posting.Work("No Calibre"))).Id;
        var page = await archive.NewClient().PageAsync($"/works/{id}");
        Assert.Equal(["EPUB", "HTML"], page.QuerySelectorAll("nav.downloads a").Select(a => a.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, (await archive.Http.GetAsync($"/works/{id}/download/x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await archive.Http.GetAsync($"/works/{id}/download/x.epub")).StatusCode);
    }
}
