using Encore.Tags;

namespace Encore.Tests.Tags;

public class TagTextTests
{
    [Theory]
    [InlineData("Derek Wills/Ivy Lynn")]
    [InlineData("Karen Cartwright & Ivy Lynn")]
    [InlineData("Mrs. Hudson")]
    [InlineData("What if? #1")]
    [InlineData("Café 100%")]
    public void Tag_urls_round_trip(string name) =>
        Assert.Equal(name, TagUrl.Unescape(Uri.UnescapeDataString(TagUrl.Escape(name))));

    [Fact]
    public void Tag_urls_use_ao3_escapes() => Assert.Equal("Derek%20Wills*s*Ivy%20Lynn", TagUrl.Escape("Derek Wills/Ivy Lynn"));

    [Theory]
    [InlineData("Fine Tag", null)]
    [InlineData("", "empty")]
    [InlineData("a,b", "','")]
    [InlineData("x*y", "'*'")]
    [InlineData("<b>", "'<'")]
    public void Tag_names_follow_ao3_rules(string name, string? problemContains)
    {
        var problem = TagName.Problem(name);
        if (problemContains == null) Assert.Null(problem);
        else Assert.Contains(problemContains, problem);
    }

    [Fact]
    public void Tag_names_longer_than_150_are_refused() => Assert.NotNull(TagName.Problem(new string('a', 151)));

    [Fact]
    public void Lists_split_on_commas_and_drop_case_duplicates() =>
        Assert.Equal(["Angst", "fluff"], TagName.SplitList(" Angst,, fluff ,ANGST, Fluff"));
}
