using System.Net;
using System.Net.Http.Json;
using Encore.Tests.Support;

namespace Encore.Tests.Web;

public class TagAutocompleteTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync();
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private Task<List<string>?> FindAsync(string type, string term) =>
        _archive.Http.GetFromJsonAsync<List<string>>($"/api/tags/autocomplete?type={type}&term={Uri.EscapeDataString(term)}");

    [Fact]
    public async Task Canonical_tags_of_the_kind_asked_for_match_the_start_of_the_name_or_of_a_word()
    {
        Assert.Contains("Karen Cartwright", (await FindAsync("character", "kar"))!);
        Assert.Contains("Karen Cartwright", (await FindAsync("character", "cartw"))!);
        Assert.DoesNotContain("Karen Cartwright", (await FindAsync("relationship", "kar"))!);
        Assert.Contains("Smash (TV 2012)", (await FindAsync("fandom", "Smash"))!);
        var starts = (await FindAsync("character", "ivy"))!;
        Assert.Equal("Ivy Lynn", starts[0]);
    }

    [Fact]
    public async Task Too_short_a_term_finds_nothing_and_a_fixed_kind_is_refused()
    {
        Assert.Empty((await FindAsync("character", "k"))!);
        var response = await _archive.Http.GetAsync("/api/tags/autocomplete?type=rating&term=ex");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type must be one of", await response.Content.ReadAsStringAsync());
    }
}
