using System.Globalization;
using Encore.Tags;
using Encore.Text;
using Encore.Works;

namespace Encore.Samples;

// A sample work as written in Samples/Works/*.md: "Field: value" lines, then chapters opened by
// "=== Title | yyyy-MM-dd" with optional Notes/Summary/End notes lines before the chapter text.
internal sealed record SampleWork(string User, string Pseud, NewWork Work, IReadOnlyDictionary<string, string> Media)
{
    public static SampleWork Parse(string text)
    {
        var sections = text.Replace("\r\n", "\n").Split("\n=== ");
        var fields = ReadFields(sections[0].Split('\n'), out _);
        var creator = fields["Creator"].Split('/');
        var media = new Dictionary<string, string>();
        var fandoms = new List<string>();
        foreach (var entry in TagName.SplitList(fields.GetValueOrDefault("Fandom")))
        {
            var parts = entry.Split('|', StringSplitOptions.TrimEntries);
            fandoms.Add(parts[0]);
            if (parts.Length > 1) media[parts[0]] = parts[1];
        }

        var work = new NewWork
        {
            Title = fields["Title"],
            Rating = fields.GetValueOrDefault("Rating", FixedTags.NotRated),
            Warnings = TagName.SplitList(fields.GetValueOrDefault("Warnings", FixedTags.ChoseNotToWarn)),
            Categories = TagName.SplitList(fields.GetValueOrDefault("Categories")),
            Fandoms = fandoms,
            Relationships = TagName.SplitList(fields.GetValueOrDefault("Relationships")),
            Characters = TagName.SplitList(fields.GetValueOrDefault("Characters")),
            AdditionalTags = TagName.SplitList(fields.GetValueOrDefault("Tags")),
            Language = fields.GetValueOrDefault("Language", "en"),
            ExpectedChapters = fields.TryGetValue("Expected", out var expected) ? int.Parse(expected, CultureInfo.InvariantCulture) : null,
            PublishedAt = Date(fields.GetValueOrDefault("Published")),
            SeriesTitle = fields.GetValueOrDefault("Series"),
            Gifts = TagName.SplitList(fields.GetValueOrDefault("Gift")),
            Summary = Paragraph(fields.GetValueOrDefault("Summary")),
            Notes = Paragraph(fields.GetValueOrDefault("Notes")),
            EndNotes = Paragraph(fields.GetValueOrDefault("End notes")),
            Chapters = sections.Skip(1).Select(ParseChapter).ToList(),
        };
        return new SampleWork(creator[0], creator.Length > 1 ? creator[1] : creator[0], work, media);
    }

    private static NewChapter ParseChapter(string section)
    {
        var lines = section.Split('\n');
        var heading = lines[0].Split('|', StringSplitOptions.TrimEntries);
        var fields = ReadFields(lines.Skip(1), out var bodyStart);
        var title = heading[0];
        return new NewChapter
        {
            // A chapter heading of a single-chapter work only names the text; AO3 shows no chapter title then.
            Title = title.Length == 0 ? null : title,
            PublishedAt = heading.Length > 1 ? Date(heading[1]) : null,
            Summary = Paragraph(fields.GetValueOrDefault("Summary")),
            Notes = Paragraph(fields.GetValueOrDefault("Notes")),
            EndNotes = Paragraph(fields.GetValueOrDefault("End notes")),
            // The samples mark scene breaks as "* * *" on a line of their own.
            Content = PlainText.ToHtml(string.Join('\n', lines.Skip(1 + bodyStart))).Replace("<p>* * *</p>", "<hr />"),
        };
    }

    private static Dictionary<string, string> ReadFields(IEnumerable<string> lines, out int consumed)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        consumed = 0;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (line.Trim().Length == 0 && fields.Count == 0) { consumed++; continue; }
            if (colon <= 0 || line[..colon].Contains(' ') && !line.StartsWith("End notes:", StringComparison.Ordinal)) break;
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            consumed++;
        }
        return fields;
    }

    private static string? Paragraph(string? text) => text == null ? null : PlainText.ToHtml(text);

    private static DateTime? Date(string? text) => text == null
        ? null
        : DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddHours(12), DateTimeKind.Utc);
}
