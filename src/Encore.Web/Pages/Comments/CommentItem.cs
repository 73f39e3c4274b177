using Encore.Community;
using Encore.People;
using Encore.Web.Pages.Works;

namespace Encore.Web.Pages.Comments;

// One comment in a thread, with what this reader may do with it.
public sealed record CommentItem(CommentView Comment, WorkResponsesModel Context)
{
    public bool Own => Context.Reader.SignedIn && Comment.UserId == Context.Reader.UserId;
    public bool CanDelete => !Comment.Deleted && (Own || Context.IsCreator || Context.Reader.IsAdmin);
    public bool CanReply => !Comment.Deleted && Context.CanComment;
    public string DeleteLabel => Own || Context.IsCreator ? "Delete" : "Remove";

    public static int CountVisible(CommentView c) => (c.Deleted ? 0 : 1) + c.Replies.Sum(CountVisible);

    public static string DeletedText(CommentRemoval removal) =>
        removal == CommentRemoval.ByAdmin ? "This comment was removed by an admin." : "This comment has been deleted.";
}

// The fields a comment form shares: who writes (a pseud, or a guest's name) and the text.
public sealed record CommentFields(bool SignedIn, IReadOnlyList<Pseud> Pseuds, int? PseudId, string? GuestName, string? Text,
    string? PseudError = null, string? GuestNameError = null, string? TextError = null);
