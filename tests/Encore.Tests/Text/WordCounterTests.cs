using Encore.Text;

namespace Encore.Tests.Text;

public class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("One two  three", 3)]
    [InlineData("Don't stop—believing", 3)]
    [InlineData("well-known, self-evident truths.", 3)]
    [InlineData("Derek/Karen", 2)]
    [InlineData("* * *", 0)]
    [InlineData("It's 8:41 now", 4)]
    [InlineData("私は猫", 3)]
    [InlineData("Élodie a rêvé", 3)]
    public void Counts_words_as_readers_expect(string text, int words) => Assert.Equal(words, WordCounter.Count(text));

    [Fact]
    public void Html_markup_is_not_counted() =>
        Assert.Equal(4, WordCounter.CountHtml("<p class=\"x\">Four <em>small</em></p><p>words here</p>"));

    [Fact]
    public void Block_boundaries_separate_words_and_inline_ones_do_not() =>
        Assert.Equal(4, WordCounter.CountHtml("<div><p>one</p><p>two</p></div>th<em>ree</em><br />four"));
}
