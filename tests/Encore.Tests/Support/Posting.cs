using Encore.Data;
using Encore.Works;

namespace Encore.Tests.Support;

public static class Posting
{
    public static NewWork Work(string title, params string[] chapters) => new()
    {
        Title = title,
        ExternalCreators = ["test author"],
        Fandoms = ["Test Fandom"],
        Chapters = (chapters.Length == 0 ? ["<p>Some words of story text.</p>"] : chapters)
            .Select(c => new NewChapter { Content = c }).ToList(),
    };

    public static Task<Work> PostAsync(EncoreDb db, NewWork work, TimeProvider? clock = null) =>
        new WorkPosting(db, clock ?? TimeProvider.System).PostAsync(work);
}
