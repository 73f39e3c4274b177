using System.IO.Compression;
using System.Text;
using Encore.Import;
using Encore.Tests.Support;

namespace Encore.Tests.Import;

// Every kind of bad input gets a clear error or a correct import. The WaitAsync guards catch a hang; they are not
// speed targets (those live in BENCHMARKS.md).
public class BadInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static ImportException Refused(string name, byte[] bytes) =>
        Assert.Throws<ImportException>(() => PostReader.Read(name, bytes));

    [Fact]
    public void An_empty_file_is_refused() => Assert.Contains("empty", Refused("empty.txt", []).Message);

    [Fact]
    public void A_whitespace_file_is_refused() => Assert.Contains("no text", Refused("blank.txt", "  \n\n \t "u8.ToArray()).Message);

    [Fact]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Contains("binary", Refused("photo.txt", bytes).Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_parsing() =>
        Assert.Contains("MB", Refused("huge.txt", new byte[PostReader.MaxFileBytes + 1]).Message);

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252()
    {
        var bytes = Encoding.ASCII.GetBytes("Title: Caf\u0000\nFandom: Original Work\n\nThe caf\u0000 was closed on Sundays, always.\n");
        bytes = bytes.Select(b => b == 0 ? (byte)0xE9 : b).ToArray();
        var (post, _) = PostReader.Read("latin.txt", bytes);
        Assert.Equal("Café", post.Title);
        Assert.Contains("café was closed", post.Chapters[0].Html);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_recognised()
    {
        var (post, _) = PostReader.Read("u16.txt", Encoding.Unicode.GetBytes("Title: Wide\n\nEvery letter of this story has a partner byte.\n"));
        Assert.Equal("Wide", post.Title);
    }

    [Fact]
    public void Unclosed_html_imports()
    {
        var (post, format) = PostReader.Read("open.html", "<html><body><p>Title: Open Doors<p>She left every door open, <em>always, and the wind came in"u8.ToArray());
        Assert.Equal(PostFormat.Html, format);
        Assert.Equal("Open Doors", post.Title);
        Assert.Contains("<em>always, and the wind came in</em>", Encore.Text.CreatorHtml.Sanitize(post.Chapters[0].Html));
    }

    [Fact]
    public async Task Deeply_nested_html_imports_with_its_text()
    {
        var html = "<html><body><p>Title: Deep</p>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>The story at the bottom.</p>" + string.Concat(Enumerable.Repeat("</div>", 200_000)) + "</body></html>";
        var (post, _) = await Task.Run(() => PostReader.Read("deep.html", Encoding.UTF8.GetBytes(html))).WaitAsync(HangGuard);
        var (_, report, _) = ImportMapping.Map(post, "deep.html");
        Assert.Equal("Deep", report.Title);
        Assert.Equal(5, report.Words);
    }

    [Fact]
    public void An_epub_that_is_not_a_zip_is_refused() =>
        Assert.Contains("not a zip", Refused("book.epub", "Chapter 1\n\nJust text with an epub name."u8.ToArray()).Message);

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var writer = zip.CreateEntry("META-INF/container.xml").Open())
                await writer.WriteAsync("<container><rootfiles><rootfile full-path=\"content.opf\"/></rootfiles></container>"u8.ToArray());
            await using var bomb = zip.CreateEntry("content.opf", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++) await bomb.WriteAsync(zeros);
        }
        Assert.True(buffer.Length < 1024 * 1024, $"the bomb itself is {buffer.Length} bytes");
        var error = await Task.Run(() => Assert.Throws<ImportException>(() => PostReader.Read("bomb.epub", buffer.ToArray()))).WaitAsync(HangGuard);
        Assert.Contains("zip bomb", error.Message);
    }

    [Fact]
    public void An_epub_with_parent_folder_names_is_refused()
    {
        var bytes = EpubFolder.Zip(Path.Combine(RepoPaths.Corpus, "generic3.epub"), name => name.Replace("EPUB/text/", "EPUB/../../text/"));
        Assert.Contains("unsafe file name", Refused("evil.epub", bytes).Message);
    }

    [Fact]
    public void An_epub_without_a_package_document_is_refused()
    {
        var bytes = EpubFolder.Zip(Path.Combine(RepoPaths.Corpus, "generic3.epub"), name => name == "META-INF/container.xml" ? "META-INF/other.xml" : name);
        Assert.Contains("container.xml", Refused("broken.epub", bytes).Message);
    }

    [Fact]
    public void A_damaged_epub_fails_alone_with_a_reason()
    {
        var bytes = EpubFolder.Zip(Path.Combine(RepoPaths.Corpus, "fanficfare.epub"));
        // Scramble the compressed bytes of an entry in the middle of the archive.
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 190; i++) bytes[i] ^= 0x5A;
        var prepared = Importer.Prepare("damaged.epub", bytes, PostContext.Empty);
        Assert.NotNull(prepared.Error);
        Assert.Null(prepared.Work);
    }

    [Fact]
    public void A_last_line_that_merely_begins_with_next_time_is_story()
    {
        var (post, _) = PostReader.Read("coat.txt", "Title: Cold\n\nThe wind came off the river.\n\n* * *\n\nNext time she would bring a coat.\n"u8.ToArray());
        Assert.True(post.Complete);
        Assert.Empty(post.EndNotes);
        Assert.Contains("Next time she would bring a coat.", post.Chapters[0].Html);
        Assert.Contains("<hr />", post.Chapters[0].Html);
    }

    [Fact]
    public void More_than_200_chapters_is_refused_with_the_count()
    {
        var text = "Title: Long\n\n" + string.Concat(Enumerable.Range(1, 201).Select(i => $"Chapter {i}\n\nText of chapter {i}, long enough.\n\n"));
        Assert.Contains("201 chapter", Refused("long.txt", Encoding.UTF8.GetBytes(text)).Message);
    }

    [Fact]
    public void Html_with_no_story_text_is_refused() =>
        Assert.Contains("No story text", Refused("empty.html", "<html><body><script>x()</script></body></html>"u8.ToArray()).Message);
}
