namespace Encore.Community;

// What a commenter sends: the chapter, the comment replied to (if any), who they write as, and the text.
public sealed record NewComment(int WorkId, int ChapterId, int? ParentId, string Text, int? PseudId = null, string? GuestName = null);

// The outcome of a comment operation: the comment, or a message for one form field, or "no such comment here".
public sealed record CommentResult(Comment? Comment, string? Field = null, string? Error = null, bool Missing = false, bool Forbidden = false)
{
    public bool Succeeded => Comment != null && Error == null && !Missing && !Forbidden;
    public static CommentResult Invalid(string field, string error) => new(null, field, error);
    public static readonly CommentResult NotFound = new(null, Missing: true);
    public static readonly CommentResult NotAllowed = new(null, Forbidden: true);
}
