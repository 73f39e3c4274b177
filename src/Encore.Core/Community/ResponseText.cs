using System.Text.RegularExpressions;
using Encore.Text;

namespace Encore.Community;

// What readers type in comments and bookmark notes: plain text with paragraphs, or HTML when it contains tags (as
// on AO3). Either way it ends in the one allowlist, without class names (readers do not get the creators' styling).
public static partial class ResponseText
{
    public static string ToHtml(string text) =>
        CreatorHtml.Sanitize(LooksLikeHtml().IsMatch(text) ? text : PlainText.ToHtml(text), allowClass: false);

    [GeneratedRegex(@"<[a-zA-Z/!]")]
    private static partial Regex LooksLikeHtml();
}
