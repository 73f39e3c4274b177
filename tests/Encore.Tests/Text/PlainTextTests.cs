using Encore.Text;

namespace Encore.Tests.Text;

public class PlainTextTests
{
    [Fact]
    public void Blank_lines_make_paragraphs_and_single_newlines_make_breaks() =>
        Assert.Equal("<p>One<br />line two</p>\n<p>Para &lt;b&gt; two</p>", PlainText.ToHtml("One\nline two\n\n\nPara <b> two\n"));

    [Fact]
    public void Windows_and_old_mac_line_ends_are_understood() =>
        Assert.Equal("<p>a</p>\n<p>b<br />c</p>", PlainText.ToHtml("a\r\n\r\nb\rc"));

    [Fact]
    public void Empty_text_is_empty_html() => Assert.Equal("", PlainText.ToHtml("  \n \n"));
}
