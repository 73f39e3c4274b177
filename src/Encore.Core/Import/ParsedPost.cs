using Encore.Tags;
using Encore.Works;

namespace Encore.Import;

// What the importer recovered from one raw post, before it becomes a work. HTML fields are not yet sanitized.
public sealed class ParsedPost
{
    public string? Title { get; set; }
    public List<string> Creators { get; } = [];
    public DateTime? Published { get; set; }
    public List<string> Fandoms { get; } = [];
    public List<string> Relationships { get; } = [];
    public List<string> Characters { get; } = [];
    public string? Rating { get; set; }
    public List<string> Warnings { get; } = [];
    public List<string> Categories { get; } = [];
    public List<string> AdditionalTags { get; } = [];
    // Text posts give plain text (Summary, Notes, EndNotes); AO3 downloads and EPUBs give HTML (the *Html fields).
    public string? Summary { get; set; }
    public List<string> Notes { get; } = [];
    public List<string> EndNotes { get; } = [];
    public string? SummaryHtml { get; set; }
    public List<string> NotesHtml { get; } = [];
    public List<string> EndNotesHtml { get; } = [];
    public List<string> Gifts { get; } = [];
    public string? Language { get; set; }
    public bool? Complete { get; set; }
    public int? ExpectedChapters { get; set; }
    public string? SeriesTitle { get; set; }
    public List<ParsedChapter> Chapters { get; } = [];

    // Blog-entry fields (LiveJournal's Current Mood, Music, Location): kept with the import record, never in the text.
    public Dictionary<string, string> PostMetadata { get; } = new(StringComparer.OrdinalIgnoreCase);

    public const string Untitled = "Untitled";
    public const string UnknownFandom = "Unknown Fandom";

    public void AddUnique(List<string> list, string value)
    {
        value = TagName.CollapseSpaces(value.Trim().Trim(',', ';'));
        if (value.Length > 0 && !list.Contains(value, StringComparer.OrdinalIgnoreCase)) list.Add(value);
    }
}

public sealed class ParsedChapter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Notes { get; set; }
    public string? EndNotes { get; set; }
    public required string Html { get; set; }
}

public enum PostFormat { Text, Html, Epub }
