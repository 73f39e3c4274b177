using Encore.Search;

namespace Encore.Tests.Search;

public sealed class TextQueryTests
{
    private static string Show(TextQuery q) =>
        string.Join(" ", q.Required.Select(c => string.Join(" | ", c.Alternatives.Select(t => t.Key)))) +
        (q.Excluded.Count > 0 ? " -" + string.Join(" -", q.Excluded.Select(t => t.Key)) : "");

    [Theory]
    [InlineData("Derek Ivy", "derek ivy")]
    [InlineData("\"Derek Wills\" broadway", "derek wills broadway")]
    [InlineData("Ivy -Karen -\"bad idea\"", "ivy -karen -bad idea")]
    [InlineData("star* title:Smash creator:\"Jane Doe\" tag:angst", "star* Title:smash Creator:jane doe Tag:angst")]
    [InlineData("TITLE:Night body:rain* notes:thanks summary:\"a b\" author:x tags:y text:z", "Title:night Body:rain* Notes:thanks Summary:a b Creator:x Tag:y Body:z")]
    [InlineData("derek OR ivy karen", "derek | ivy karen")]
    [InlineData("derek or ivy", "derek or ivy")]
    [InlineData("well-known 東京", "well known 東 京")]
    [InlineData("Re:Zero foo:bar", "re zero foo bar")]
    [InlineData("ivy ivy IVY", "ivy")]
    public void Parses_words_phrases_exclusions_prefixes_fields_and_or(string input, string expected) =>
        Assert.Equal(expected, Show(TextQuery.Parse(input)));

    [Fact]
    public void Phrases_keep_their_words_together()
    {
        var q = TextQuery.Parse("\"Derek Wills\" title:\"the night\"");
        Assert.Equal(["derek", "wills"], q.Required[0].Alternatives[0].Words);
        Assert.True(q.Required[1].Alternatives[0].IsPhrase);
        Assert.Equal(TextField.Title, q.Required[1].Alternatives[0].Field);
    }

    [Theory]
    [InlineData("\"unclosed phrase here", "unclosed phrase here", "no closing quote")]
    [InlineData("ivy - karen", "ivy karen", "“-” needs")]
    [InlineData("ivy * !!!", "ivy", "no letters or digits")]
    [InlineData("OR ivy OR", "ivy", "“OR” needs")]
    [InlineData("title: ivy", "ivy", "“title:” needs")]
    [InlineData("well-kn* ivy", "well kn ivy", "* works at the end")]
    public void Hostile_or_odd_input_degrades_to_words_and_says_what_was_ignored(string input, string expected, string note)
    {
        var q = TextQuery.Parse(input);
        Assert.Equal(expected, Show(q));
        Assert.Contains(q.Ignored, i => i.Contains(note));
    }

    [Fact]
    public void A_thousand_terms_and_very_long_input_are_cut_with_a_note()
    {
        var q = TextQuery.Parse(string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"w{i}")));
        Assert.Equal(TextQuery.MaxClauses, q.Required.Count);
        Assert.Contains(q.Ignored, i => i.Contains("characters were searched"));
        var phrase = TextQuery.Parse("\"" + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"p{i}")) + "\"");
        Assert.Equal(TextQuery.MaxPhraseWords, phrase.Required[0].Alternatives[0].Words.Count);
        var excluded = TextQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"-x{i}")));
        Assert.Equal(TextQuery.MaxExcluded, excluded.Excluded.Count);
        Assert.True(q.Ignored.Count <= 8);
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var rng = new Random(3);
        const string alphabet = "ab \"-*:OR()titlecreator\\\u00e9\u6771\uD800\uDC00\t\n'’ ";
        for (var i = 0; i < 3000; i++)
        {
            var input = new string(Enumerable.Range(0, rng.Next(0, 80)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
            var q = TextQuery.Parse(input);
            Assert.All(q.Required, c => Assert.NotEmpty(c.Alternatives));
            Assert.All(q.Required.SelectMany(c => c.Alternatives).Concat(q.Excluded), t => Assert.NotEmpty(t.Words));
        }
    }
}
