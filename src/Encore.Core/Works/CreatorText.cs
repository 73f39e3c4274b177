using Encore.Text;

namespace Encore.Works;

/// <summary>How a creator typed a text field: as HTML (rich text) or as plain text.</summary>
public enum TextFormat
{
    /// <summary>Creator HTML, kept as far as the archive's allowlist allows.</summary>
    Html,

    /// <summary>Plain text: a blank line starts a new paragraph, a single newline is a line break, markup shows as typed.</summary>
    PlainText,
}

/// <summary>The one way a creator's typed text becomes the HTML Encore stores, for every chapter field.</summary>
public static class CreatorText
{
    /// <summary>The stored form of an optional field (summary, notes, end notes): null when nothing was typed.</summary>
    public static string? ToHtml(string? text, TextFormat format) =>
        string.IsNullOrWhiteSpace(text) ? null : CreatorHtml.Sanitize(Markup(text, format));

    /// <summary>The stored form of chapter text, with its word count (one parse for both).</summary>
    public static (string Html, int Words) ToContent(string text, TextFormat format) =>
        CreatorHtml.SanitizeAndCount(Markup(text, format));

    // Plain text is turned into paragraphs first; either way the result passes through the one allowlist.
    private static string Markup(string text, TextFormat format) =>
        format == TextFormat.PlainText ? PlainText.ToHtml(text) : text;

    // Every chapter field from what the creator typed; dates and position are the caller's business.
    internal static void Write(Chapter chapter, NewChapter input)
    {
        var (content, words) = input.SanitizedWords is { } known ? (input.Content, known) : ToContent(input.Content, input.Format);
        chapter.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        chapter.Summary = ToHtml(input.Summary, input.Format);
        chapter.Notes = ToHtml(input.Notes, input.Format);
        chapter.EndNotes = ToHtml(input.EndNotes, input.Format);
        chapter.Content = content;
        chapter.WordCount = words;
    }
}
