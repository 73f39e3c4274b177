using Encore.Search;
using Encore.Tags;
using Encore.Web.Search;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Encore.Tests.Search;

// The query-string scheme on its own: writing then reading gives the same filter, and the same filter is always
// written the same way.
public sealed class FilterUrlTests
{
    private static BoundFilter Read(string query) => FilterBinder.Parse(QueryHelpers.ParseQuery(query));

    private static readonly WorkFilter Everything = new()
    {
        Text = "ivy \"the show\"",
        Include = ["Derek Wills/Ivy Lynn", "Angst & Comfort"], Exclude = ["Major Character Death"],
        Ratings = [FixedTags.Explicit, FixedTags.Mature], Warnings = [FixedTags.NoWarningsApply], Categories = ["F/M", "Gen"],
        Complete = true, Crossover = false, SingleChapter = true, WordsFrom = 10_000, WordsTo = 250_000,
        UpdatedFrom = new DateOnly(2020, 2, 29), UpdatedTo = new DateOnly(2024, 12, 31), Language = "pt-BR",
        Sort = WorkSort.Kudos, Descending = false, Page = 3,
    };

    [Fact]
    public void A_filter_is_written_in_one_fixed_readable_form()
    {
        Assert.Equal(
            "?q=ivy+%22the+show%22&include=Angst+%26+Comfort&include=Derek+Wills/Ivy+Lynn&exclude=Major+Character+Death"
            + "&rating=Mature&rating=Explicit&warning=No+Archive+Warnings+Apply&category=Gen&category=F/M&complete=yes&crossover=no"
            + "&single_chapter=yes&words_from=10000&words_to=250000&updated_from=2020-02-29&updated_to=2024-12-31&language=pt-BR"
            + "&sort=kudos&dir=asc&more=characters&page=3",
            FilterUrl.Query(Everything, TagType.Character));
        Assert.Equal("", FilterUrl.Query(new WorkFilter()));
    }

    [Fact]
    public void Reading_what_was_written_gives_the_same_filter_and_the_same_url()
    {
        var url = FilterUrl.Query(Everything, TagType.Freeform);
        var read = Read(url);
        Assert.Empty(read.Errors);
        Assert.Equal(TagType.Freeform, read.More);
        Assert.Equal(url, FilterUrl.Query(read.Filter, read.More));
        Assert.True(FilterUrl.Says(url, FilterUrl.Pairs(read.Filter, read.More)));
        // However a browser encodes the same pairs, they say the same thing.
        Assert.True(FilterUrl.Says(url.Replace("+", "%20").Replace("/", "%2F"), FilterUrl.Pairs(Everything, TagType.Freeform)));
        Assert.False(FilterUrl.Says(url.Replace("page=3", "page=4"), FilterUrl.Pairs(Everything, TagType.Freeform)));
    }

    [Fact]
    public void Names_are_split_at_commas_trimmed_and_counted_once()
    {
        var read = Read("?include=Angst,%20%20Fluff&include=angst&include=&exclude=%20Hurt/Comfort%20");
        Assert.Equal(["Angst", "Fluff"], read.Filter.Include);
        Assert.Equal(["Hurt/Comfort"], read.Filter.Exclude);
        Assert.Equal(10_000, Read("?words_from=10,000").Filter.WordsFrom);
    }

    [Theory]
    [InlineData("?words_from=-5", "words_from")]
    [InlineData("?words_to=99999999999", "words_to")]
    [InlineData("?updated_from=yesterday", "updated_from")]
    [InlineData("?complete=maybe", "complete")]
    [InlineData("?crossover=1", "crossover")]
    [InlineData("?single_chapter=on", "single_chapter")]
    [InlineData("?sort=random", "sort")]
    [InlineData("?dir=up", "dir")]
    [InlineData("?language=%3Cscript%3E", "language")]
    public void Bad_values_get_a_message_for_their_field_only(string query, string field)
    {
        var read = Read(query + "&rating=Explicit");
        Assert.Equal([field], read.Errors.Keys);
        Assert.Equal([FixedTags.Explicit], read.Filter.Ratings);
    }

    [Fact]
    public void Too_many_tags_keep_the_first_fifty()
    {
        var read = Read("?include=" + string.Join(",", Enumerable.Range(0, 60).Select(i => $"tag {i}")));
        Assert.Equal(FilterBinder.MaxTags, read.Filter.Include.Count);
        Assert.Contains("include", read.Errors.Keys);
    }
}
