using System.Text.Json;
using System.Text.Json.Nodes;

namespace Encore.Web.Catalog;

// Authentication for OPDS 1.0 (https://drafts.opds.io/authentication-for-opds-1.0): the document that says how to
// sign in to the catalog. The catalog links to it from its root and sends it with every 401, so apps such as Thorium
// can show a sign-in form; KOReader and others simply send HTTP Basic with what the reader typed.
public static class OpdsAuthentication
{
    public const string MediaType = "application/opds-authentication+json";
    public const string Rel = "http://opds-spec.org/auth/document";
    public const string BasicType = "http://opds-spec.org/auth/basic";
    public const string Path = Links.OpdsRoot + "/auth.json";
    public const string TokensPage = "/account/tokens";

    public static string Document(HttpRequest request)
    {
        var cx = FeedContext.For(request);
        var document = new JsonObject
        {
            ["id"] = cx.Url(Path),
            ["title"] = "Encore",
            ["description"] = "Sign in with your user name and a personal access token (made on your account's token page) as the password, " +
                "to see restricted works, your bookmarks and Marked for Later, with your blocklist and muted users applied.",
            ["links"] = new JsonArray
            {
                new JsonObject { ["rel"] = "register", ["href"] = cx.Url(TokensPage), ["type"] = "text/html" },
                new JsonObject { ["rel"] = "help", ["href"] = cx.Url(TokensPage), ["type"] = "text/html" },
            },
            ["authentication"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = BasicType,
                    ["labels"] = new JsonObject { ["login"] = "User name", ["password"] = "Personal access token" },
                },
            },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
