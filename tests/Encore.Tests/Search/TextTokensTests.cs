using Encore.Search;

namespace Encore.Tests.Search;

public sealed class TextTokensTests
{
    [Theory]
    [InlineData("The Café, naïve!", "the cafe naive")]
    [InlineData("ÉCLAIR éclair Eclair", "eclair eclair eclair")]
    [InlineData("Ivy's coat; Derek’s hat; James' cane", "ivy coat derek hat james cane")]
    [InlineData("don't won't o'clock O'Brien rock'n'roll", "dont wont oclock obrien rocknroll")]
    [InlineData("well-known Derek/Ivy x<y Tom&Jerry", "well known derek ivy x y tom jerry")]
    [InlineData("Straße ÆON Øre œuvre ﬁne Ｆｕｌｌ", "strasse aeon ore oeuvre fine full")]
    [InlineData("ΣΟΦΟΣ σοφός", "σοφοσ σοφοσ")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("東京に行く", "東 京 に 行 く")]
    [InlineData("abc東京def", "abc 東 京 def")]
    [InlineData("한국어 텍스트", "한국어 텍스트")]
    [InlineData("3.14 R2-D2 #1", "3 14 r2 d2 1")]
    [InlineData("'quoted' -- ... '' '", "quoted")]
    [InlineData("𝐁𝐨𝐥𝐝 😀 smile", "bold smile")]
    public void Words_are_folded_split_and_joined_as_documented(string text, string words) =>
        Assert.Equal(words, string.Join(' ', TextTokens.Words(text)));

    [Fact]
    public void Offsets_point_at_the_words_in_the_original_text()
    {
        const string text = "  Ivy's CAFÉ—well-known, 東京!";
        var found = TextTokens.WordsAt(text).Select(w => text.Substring(w.Start, w.Length)).ToList();
        Assert.Equal(["Ivy's", "CAFÉ", "well", "known", "東", "京"], found);
    }

    [Fact]
    public void Very_long_words_are_cut_to_the_same_length_everywhere()
    {
        var word = new string('a', 500);
        var words = TextTokens.Words(word + " b");
        Assert.Equal([new string('a', TextTokens.MaxTermLength), "b"], words);
    }

    [Fact]
    public void Lone_surrogates_and_control_characters_do_not_break_the_reader()
    {
        var words = TextTokens.Words("a\uD800b \uDC00c\u0000d\uFFFF");
        Assert.Equal(["a", "b", "c", "d"], words);
    }
}
