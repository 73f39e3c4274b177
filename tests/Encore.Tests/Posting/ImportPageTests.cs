using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.PostingPages;

public class ImportPageTests : IAsyncLifetime
{
    private TestArchive _archive = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _archive = await TestArchive.StartAsync(samples: false);
        await _archive.CreateUserAsync("importer");
        _client = await _archive.SignInAsync("importer");
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private async Task<IDocument> UploadAsync(string fileName, byte[] bytes)
    {
        var (token, _) = await _client.AntiforgeryAsync("/works/import");
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "upload", fileName);
        return Html.Parse(await (await _client.PostAsync("/works/import?handler=Upload", form)).ReadHtmlAsync());
    }

    // Every field of the form as a browser would send it: text, hidden, ticked boxes, textareas, chosen options.
    private static List<KeyValuePair<string, string>> FieldsOf(IElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            var type = e.GetAttribute("type") ?? "text";
            if (name == "__RequestVerificationToken") continue;
            if (type is "checkbox" or "radio" && !e.HasAttribute("checked")) continue;
            var value = e.LocalName switch
            {
                "textarea" => e.TextContent.StartsWith('\n') ? e.TextContent[1..] : e.TextContent,
                "select" => (e.QuerySelector("option[selected]") ?? e.QuerySelector("option"))?.GetAttribute("value") ?? "",
                _ => e.GetAttribute("value") ?? "",
            };
            fields.Add(new(name, value));
        }
        return fields;
    }

    [Fact]
    public async Task A_post_already_on_the_archive_is_pointed_out_on_the_review()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Corpus, "dw-multichapter.txt"));
        Assert.Null((await UploadAsync("dw-multichapter.txt", bytes)).QuerySelector(".duplicate-notice"));
        int work;
        await using (var db = _archive.OpenDb())
            work = (await new Encore.Import.Importer(db, TimeProvider.System, new Encore.Import.ImportOptions()).ImportAsync("dw-multichapter.txt", bytes)).Work!.Id!.Value;
        var review = await UploadAsync("renamed.txt", bytes);
        Assert.Equal($"/works/{work}", review.QuerySelector(".duplicate-notice a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Import_a_post_review_what_was_found_and_post_it_as_ones_own()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Corpus, "dw-multichapter.txt"));
        var review = await UploadAsync("dw-multichapter.txt", bytes);

        Assert.Equal("Swing Shift", review.Text(".import-report dd"));
        Assert.Contains("tenpastcurtain", review.Text(".import-warnings"));
        Assert.Equal(["The Wrong Key (35 words)", "Bridge (32 words)"], review.Texts(".import-chapters li"));
        Assert.Equal("Smash (TV 2012)", review.QuerySelector("#Input_Fandoms")!.GetAttribute("value"));
        Assert.Equal("Teen And Up Audiences", review.QuerySelector("input[name='Input.Rating'][checked]")!.GetAttribute("value"));
        Assert.Equal("Bridge", review.QuerySelector("#Input_Chapters_1__Title")!.GetAttribute("value"));
        await using (var db = _archive.OpenDb()) Assert.Equal(0, await db.Works.CountAsync());

        var fields = FieldsOf(review.QuerySelector("form.posting-form")!).Set("Input.Title", "Swing Shift (revised)");
        var response = await _client.SubmitAsync("/works/import?handler=Publish", fields, "/works/import");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var after = _archive.OpenDb();
        var work = await after.Works.Include(w => w.Chapters).Include(w => w.Creators).ThenInclude(c => c.Pseud).Include(w => w.Tags).ThenInclude(t => t.Tag).SingleAsync();
        Assert.Equal("Swing Shift (revised)", work.Title);
        Assert.Equal("dw-multichapter.txt", work.ImportSource);
        Assert.Equal("importer", Assert.Single(work.Creators).Pseud!.Name);
        Assert.Equal(["The Wrong Key", "Bridge"], work.Chapters.OrderBy(c => c.Position).Select(c => c.Title));
        Assert.Contains(work.Tags, t => t.Tag.Name == "Tom Levitt/Sam Strickland");
        Assert.Contains("<p>", work.Chapters[0].Content);
    }

    [Theory]
    [InlineData("empty.txt", "", "The file is empty.")]
    [InlineData("junk.bin", "binary", "")]
    [InlineData("broken.epub", "zip", "")]
    public async Task A_file_that_is_not_a_post_is_refused_with_a_message_and_nothing_is_saved(string name, string kind, string message)
    {
        var bytes = kind switch
        {
            "binary" => Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 256)).ToArray(),
            "zip" => [(byte)'P', (byte)'K', 3, 4, .. Enumerable.Repeat((byte)0x41, 200)],
            _ => [],
        };
        var page = await UploadAsync(name, bytes);
        var shown = page.Text("[data-valmsg-for='upload']");
        Assert.NotEqual("", shown);
        if (message.Length > 0) Assert.Equal(message, shown);
        Assert.Null(page.QuerySelector("form.posting-form"));
        await using var db = _archive.OpenDb();
        Assert.Equal(0, await db.Works.CountAsync());
    }
}
