using Encore.Search;
using Encore.Text;

namespace Encore.Tests.Search;

public sealed class StoryTextTests
{
    [Theory]
    [InlineData("<p>One <em>tw</em>o.</p><p>Three&nbsp;four</p>", "One two.\nThree four")]
    [InlineData("<p>Tom &amp; Jerry &lt;3 &quot;hi&quot; &#233;t&#xE9;</p>", "Tom & Jerry <3 \"hi\" été")]
    [InlineData("line<br />break<hr />after", "line\nbreak\nafter")]
    [InlineData("<a href=\"x?a=1&amp;b=>\" title='>'>link</a> text", "link text")]
    [InlineData("<!-- hidden --><p>shown</p>", "shown")]
    [InlineData("plain   text\n\nwith  spaces", "plain text with spaces")]
    [InlineData("a < b & c", "a < b & c")]
    public void Html_becomes_plain_text(string html, string text) => Assert.Equal(text, StoryText.FromHtml(html));

    [Fact]
    public void Sanitized_html_gives_the_same_words_as_the_word_counter_sees()
    {
        const string html = "<p>She said <strong>no</strong>, then <em>yes</em>.</p><blockquote>Quoted&amp;more</blockquote><ul><li>one</li><li>two</li></ul>";
        var clean = CreatorHtml.Sanitize(html);
        Assert.Equal(WordCounter.Count(WordCounter.PlainText(clean)), TextTokens.Words(StoryText.FromHtml(clean)).Count);
    }
}
