using Encore.Export;

namespace Encore.Tests.Export;

public class DownloadNameTests
{
    [Theory]
    [InlineData("Eight Counts of Quiet", "Eight Counts of Quiet")]
    [InlineData("Café Noir: Part 1/2", "Cafe Noir Part 1 2")]
    [InlineData("\"Quotes\" <and> *stars*?", "Quotes and stars")]
    [InlineData("الليلة الطويلة", "Work 12")]
    [InlineData("🎭", "Work 12")]
    [InlineData("..", "Work 12")]
    public void The_ascii_name_is_the_title_without_what_headers_and_file_systems_refuse(string title, string expected) =>
        Assert.Equal(expected, DownloadName.Ascii(title, 12));

    [Fact]
    public void Long_titles_are_cut_at_a_word_and_never_inside_a_character()
    {
        var title = string.Join(' ', Enumerable.Repeat("Broadway", 40));
        Assert.InRange(DownloadName.Ascii(title, 1).Length, 40, 80);
        Assert.EndsWith("Broadway", DownloadName.Ascii(title, 1));
        var emoji = string.Concat(Enumerable.Repeat("💃🏽", 100));
        var unicode = DownloadName.Unicode(emoji, 1);
        Assert.False(char.IsHighSurrogate(unicode[^1]));
        Assert.Equal(0, unicode.Length % 4);
    }

    [Fact]
    public void The_header_gives_an_ascii_name_and_the_real_title_in_utf8()
    {
        Assert.Equal("attachment; filename=\"Cafe Noir Part 1 2.epub\"; filename*=UTF-8''Caf%C3%A9%20Noir%20Part%201%202.epub",
            DownloadName.ContentDisposition("Café Noir: Part 1/2", 3, ExportFormat.Epub));
        Assert.Equal("attachment; filename=\"Work 4.azw3\"; filename*=UTF-8''%D9%84%D9%8A%D9%84%D8%A9.azw3",
            DownloadName.ContentDisposition("ليلة", 4, ExportFormat.Azw3));
    }
}
