using System.Net;
using Encore.Tests.Support;

namespace Encore.Tests.PostingPages;

// The posting form as a browser fills it: repeated names for checkboxes, the antiforgery token from the page, and
// the pseud checkbox the page ticks by default.
public static class PostingForms
{
    public const string Text = "<p>The lighthouse keeper counted the ships until the fog came in and there were none left to count.</p>";

    public static List<KeyValuePair<string, string>> Work(string title, string text = Text, string rating = "General Audiences") =>
    [
        new("Input.Title", title),
        new("Input.Rating", rating),
        new("Input.Warnings", "No Archive Warnings Apply"),
        new("Input.Categories", "Gen"),
        new("Input.Fandoms", "Original Work"),
        new("Input.Characters", "The Keeper, The Gull"),
        new("Input.AdditionalTags", "Fog, Lighthouses"),
        new("Input.Summary", "<p>A keeper and a gull.</p>"),
        new("Input.Language", "en"),
        new("Input.Format", "Html"),
        new("Input.Chapters[0].Title", "Fog"),
        new("Input.Chapters[0].Content", text),
    ];

    public static List<KeyValuePair<string, string>> Set(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return fields;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var (token, page) = await client.AntiforgeryAsync(formPage ?? path);
        var all = fields.ToList();
        if (!all.Any(f => f.Key == "Input.PseudIds"))
            all.AddRange(page.QuerySelectorAll("input[name='Input.PseudIds'][checked]").Select(e => new KeyValuePair<string, string>("Input.PseudIds", e.GetAttribute("value")!)));
        all.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    // Posts through /works/new and returns the new work's id, from where the archive sends the creator next.
    public static async Task<int> PostWorkAsync(this HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string handler = "Publish")
    {
        var response = await client.SubmitAsync($"/works/new?handler={handler}", fields, "/works/new");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var problems = Html.Parse(await response.Content.ReadAsStringAsync()).Texts(".error-summary li");
            throw new Xunit.Sdk.XunitException($"posting answered {(int)response.StatusCode}: {string.Join(" | ", problems)}");
        }
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/', '?')[2]);
    }
}
