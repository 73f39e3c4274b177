using Encore.Text;

namespace Encore.Tests.Text;

public class CreatorHtmlTests
{
    [Theory]
    [InlineData("<p>Hello <script>alert(1)</script>world</p>", "<p>Hello world</p>")]
    [InlineData("<p onclick=\"steal()\">Hi</p>", "<p>Hi</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" jav&#x09;ascript:alert(1)\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\"https://example.org/a?b=1&c=2\">x</a>", "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">x</a>")]
    [InlineData("<a href=\"/works/2\">x</a>", "<a href=\"/works/2\" rel=\"nofollow\">x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAA\" alt=\"a\">", "<img alt=\"a\" />")]
    [InlineData("<img src=\"https://example.org/i.png\" onerror=\"x()\">", "<img src=\"https://example.org/i.png\" />")]
    [InlineData("<style>p{color:red}</style><p>t</p>", "<p>t</p>")]
    [InlineData("<svg><script>x</script></svg><b>b</b>", "<b>b</b>")]
    [InlineData("<iframe src=\"https://evil\"></iframe>ok", "ok")]
    [InlineData("<custom-tag>kept text</custom-tag>", "kept text")]
    [InlineData("<p class=\"note bad!class\">c</p>", "<p class=\"note\">c</p>")]
    [InlineData("<p style=\"position:fixed\">s</p>", "<p>s</p>")]
    [InlineData("<p dir=\"rtl\" lang=\"ar\">مرحبا</p>", "<p dir=\"rtl\" lang=\"ar\">مرحبا</p>")]
    [InlineData("<!-- hidden --><em>e</em>", "<em>e</em>")]
    [InlineData("a < b & c", "a &lt; b &amp; c")]
    [InlineData("<p>unclosed <em>emphasis", "<p>unclosed <em>emphasis</em></p>")]
    [InlineData("<br><hr>", "<br /><hr />")]
    public void Keeps_only_the_allowlist(string input, string expected) =>
        Assert.Equal(expected, CreatorHtml.Sanitize(input));

    [Fact]
    public void Class_is_dropped_where_not_allowed() =>
        Assert.Equal("<p>c</p>", CreatorHtml.Sanitize("<p class=\"note\">c</p>", allowClass: false));

    [Fact]
    public void Attribute_values_cannot_break_out_of_quotes() =>
        Assert.Equal("<p title=\"&quot;&gt;&lt;script&gt;\">x</p>", CreatorHtml.Sanitize("<p title='\"><script>'>x</p>"));

    [Fact]
    public void Deep_nesting_is_flattened_but_text_survives()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var clean = CreatorHtml.Sanitize(html);
        Assert.Contains("deep", clean);
        Assert.True(clean.Split("<div>").Length - 1 <= 64, "nesting kept beyond the limit");
    }

    [Fact]
    public void Output_is_well_formed_xml()
    {
        var clean = CreatorHtml.Sanitize("<p>One<br>two <img src='https://x.org/a.png'> &nbsp; <b><i>mis</b>nested</i> \u0001</p><table><tr><td>1</table>");
        var doc = System.Xml.Linq.XDocument.Parse("<root>" + clean.Replace("&nbsp;", "&#160;") + "</root>");
        Assert.NotNull(doc.Root);
        Assert.False(clean.Contains('\u0001'), "control character kept");
    }
}
