using Encore.Search;

namespace Encore.Tests.Search;

public sealed class SnippetTests
{
    private static readonly string Story = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"w{i}"));

    private static string Show(Snippet s) =>
        (s.Leading ? "…" : "") + string.Concat(s.Pieces().Select(p => p.Marked ? $"[{p.Text}]" : p.Text)) + (s.Trailing ? "…" : "");

    [Fact]
    public void The_excerpt_is_the_window_with_the_most_query_words_centred_on_them()
    {
        var body = Story.Replace("w50 ", "Derek ").Replace("w120 ", "Derek ").Replace("w125 ", "Ivy's ");
        var snippet = Assert.Single(Snippets.Make([body], TextQuery.Parse("derek ivy"), words: 10));
        Assert.Equal("…w118 w119 [Derek] w121 w122 w123 w124 [Ivy's] w126 w127…", Show(snippet));
    }

    [Fact]
    public void A_second_excerpt_shows_query_words_the_first_lacks_and_phrases_are_marked_whole()
    {
        var body = Story.Replace("w10 w11", "the storm").Replace("w150", "lighthouse");
        var snippets = Snippets.Make([body], TextQuery.Parse("\"the storm\" lighthouse -w3 title:w5"), words: 6);
        Assert.Equal(["…w8 w9 [the storm] w12 w13…", "…w148 w149 [lighthouse] w151 w152 w153…"], snippets.Select(Show));
    }

    [Fact]
    public void Prefixes_accents_and_chapters_and_a_fallback_to_the_opening()
    {
        var snippet = Assert.Single(Snippets.Make(["Chapter One", "She said: “Café, starlight & stars.”"], TextQuery.Parse("star* cafe"), words: 8));
        Assert.Equal("She said: “[Café], [starlight] & [stars].”", Show(snippet));
        var opening = Assert.Single(Snippets.Make(["Chapter One", Story], TextQuery.Parse("title:nothing"), words: 5));
        Assert.Equal("w0 w1 w2 w3 w4…", Show(opening));
        Assert.Empty(Snippets.Make([], TextQuery.Parse("x")));
    }

    [Fact]
    public void Marked_pieces_are_plain_text_for_the_page_to_encode()
    {
        var snippet = Assert.Single(Snippets.Make(["<b>Tom</b> & <script>Jerry</script>"], TextQuery.Parse("jerry"), words: 10));
        Assert.Equal([("<b>Tom</b> & <script>", false), ("Jerry", true), ("</script>", false)], snippet.Pieces());
    }
}
