using Encore.Tests.Support;

namespace Encore.Tests.Readers;

public static class Forms
{
    // Submits a form found on a page the way a browser would: its action, its hidden and named fields (token
    // included), plus the given values.
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, string formSelector, Dictionary<string, string>? values = null)
    {
        var doc = Html.Parse(await (await client.GetAsync(page)).ReadHtmlAsync());
        var form = doc.QuerySelector(formSelector) ?? throw new Xunit.Sdk.XunitException($"{page} has no form matching {formSelector}");
        var fields = form.QuerySelectorAll("input[name], textarea[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio"))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? i.TextContent);
        foreach (var (k, v) in values ?? []) fields[k] = v;
        return await client.PostAsync(form.GetAttribute("action") ?? page, new FormUrlEncodedContent(fields));
    }
}
