using System.Text;
using System.Text.RegularExpressions;

namespace Encore.Export;

// Footnotes in fic are anchors (<a name="fn1">) and links to them (<a href="#fn1">), often across a chapter and its
// notes, sometimes across chapters or into the work's end notes. A book is written document by document (some at
// the same time), so a link to an anchor is written as a placeholder and resolved once every document is written:
// to the anchor in the same document, else to the first document that has it, else the link loses its href (epubcheck
// rejects a link to a fragment that does not exist).
internal sealed partial class Anchors
{
    // A control character cannot otherwise appear in the output: XhtmlOutput drops them from all text.
    private const char Mark = '\u0001';

    private readonly HashSet<string> _names = [];
    private readonly List<string> _links = [];

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,100}$")]
    private static partial Regex Name();

    // The id for an anchor name the first time it appears in this document; null for a repeat or an unusable name.
    public string? Claim(string? name) => name != null && Name().IsMatch(name) && _names.Add(name) ? Id(name) : null;

    public bool Has(string name) => _names.Contains(name);

    public void WriteHref(XhtmlOutput output, string fragment)
    {
        output.Raw($"{Mark}{_links.Count}{Mark}");
        _links.Add(fragment);
    }

    public bool HasLinks => _links.Count > 0;

    /// <summary>The document's text with each placeholder replaced by an href attribute, or by nothing.</summary>
    public string Resolve(string text, string file, IReadOnlyList<(string File, Anchors Anchors)> documents)
    {
        if (_links.Count == 0) return text;
        var output = new StringBuilder(text.Length + 32 * _links.Count);
        var parts = text.Split(Mark);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 0) { output.Append(parts[i]); continue; }
            var name = _links[int.Parse(parts[i])];
            var target = _names.Contains(name) ? "" : documents.FirstOrDefault(d => d.Anchors.Has(name)).File;
            if (target == null) continue;
            output.Append(" href=\"").Append(target == file ? "" : target).Append('#').Append(Id(name)).Append('"');
        }
        return output.ToString();
    }

    // Prefixed so that a creator's anchor never collides with the ids Encore's own pages use.
    private static string Id(string name) => "n-" + name;
}
