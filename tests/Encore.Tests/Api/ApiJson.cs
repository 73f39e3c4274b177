using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Encore.Tests.Support;

namespace Encore.Tests.Api;

// Reading API answers, and the HTML lists they are compared with.
public static class ApiJson
{
    public static async Task<JsonElement> JsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: {body}");
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.Equal((int)expected >= 400 ? "application/problem+json" : "application/json", type);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);

    // A problem document's messages for one field.
    public static List<string> Errors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? messages.EnumerateArray().Select(m => m.GetString()!).ToList() : [];

    public static List<int> Ids(this JsonElement list, string property = "works") =>
        list.GetProperty(property).EnumerateArray().Select(w => (w.TryGetProperty("work", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : w)
            .GetProperty("id").GetInt32()).ToList();

    // The works an HTML list shows, in order, following its redirect to the filter's stable address.
    public static async Task<(List<int> Ids, AngleSharp.Dom.IDocument Page)> HtmlIdsAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
            response = await client.GetAsync(response.Headers.Location!.OriginalString);
        var page = Html.Parse(await response.ReadHtmlAsync());
        var ids = page.QuerySelectorAll(".blurb-title a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[2])).ToList();
        return (ids, page);
    }
}
