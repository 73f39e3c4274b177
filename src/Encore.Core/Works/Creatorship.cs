using Encore.People;

namespace Encore.Works;

// A work's creator is either a pseud of an Encore user or, for imported works, the author name the post stated.
public class Creatorship
{
    public int Id { get; set; }
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public int Position { get; set; }

    public int? PseudId { get; set; }
    public Pseud? Pseud { get; set; }
    public string? ExternalName { get; set; }

    // A co-creator who was invited and has not yet accepted: not in the byline, cannot edit.
    public bool IsPending { get; set; }

    public string DisplayName => Pseud?.Name ?? ExternalName ?? "Anonymous";
}

// "For …" on a work: a user's pseud or a free-text recipient.
public class Gift
{
    public int Id { get; set; }
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public required string RecipientName { get; set; }
    public int? RecipientPseudId { get; set; }
    public Pseud? RecipientPseud { get; set; }
}
