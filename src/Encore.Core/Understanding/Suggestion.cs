namespace Encore.Understanding;

// What the analyser suggests, and why: quoted sentences with their character offsets in the analysed text
// (the work's chapters as plain text, separated by blank lines; notes are quoted with offsets into the notes).
public sealed record Suggestion(string Type, string Tag, double Confidence, IReadOnlyList<Evidence> Evidence, string? Note = null)
{
    public const string Fandom = "fandom", Character = "character", Relationship = "relationship",
        Warning = "warning", Content = "content", Rating = "rating";
}

public sealed record Evidence(string Quote, int Start, int End, string Source = "text")
{
    // A sentence as evidence, shortened for display; the offsets still span the whole sentence.
    public static Evidence Of(Sentence s, string source = "text")
    {
        var text = s.Text;
        return new Evidence(text.Length <= 300 ? text : text[..297] + "…", s.Start, s.End, source);
    }
}
