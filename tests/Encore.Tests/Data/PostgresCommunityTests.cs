using Encore.Community;
using Encore.Data;
using Encore.People;
using Encore.Tests.Support;
using Encore.Works;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Data;

// The reader-facing services run on PostgreSQL too: kudos and its counter, comment threads with a muted writer,
// the blocklist and mutes inside VisibleTo, and closing an account (bulk deletes and updates).
[Collection("postgres")]
public sealed class PostgresCommunityTests(PostgresServer server)
{
    private static async Task<(User User, Pseud Pseud)> UserAsync(EncoreDb db, string name)
    {
        var user = new User { UserName = name, NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N") };
        var pseud = new Pseud { UserId = user.Id, User = user, Name = name, IsDefault = true };
        db.AddRange(user, pseud);
        await db.SaveChangesAsync();
        return (user, pseud);
    }

    [Fact]
    public async Task Kudos_comments_blocklist_mutes_and_account_closing_work_on_postgres()
    {
        var settings = DatabaseSettings.Resolve(await server.CreateDatabaseAsync());
        await DatabaseCheck.PrepareAsync(settings);
        await using var db = DatabaseServices.Open(settings);
        var (writer, writerPseud) = await UserAsync(db, "writer");
        var (reader, readerPseud) = await UserAsync(db, "reader");
        var (loud, loudPseud) = await UserAsync(db, "loud");
        var work = await Posting.PostAsync(db, Posting.Work("Postgres Story") with { ExternalCreators = [], PseudIds = [writerPseud.Id], AdditionalTags = ["Angst"] });
        var loudWork = await Posting.PostAsync(db, Posting.Work("Loud Story") with { ExternalCreators = [], PseudIds = [loudPseud.Id] });

        var kudos = new KudosGiving(db, TimeProvider.System);
        var asReader = new Reader(reader.Id);
        Assert.Equal(KudosResult.Left, await kudos.LeaveAsync(work.Id, asReader, "unused"));
        Assert.Equal(KudosResult.AlreadyLeft, await kudos.LeaveAsync(work.Id, asReader, "unused"));
        Assert.Equal(KudosResult.OwnWork, await kudos.LeaveAsync(work.Id, new Reader(writer.Id), "unused"));
        Assert.Equal(KudosResult.Left, await kudos.LeaveAsync(work.Id, Reader.Guest, new string('a', 64)));
        Assert.Equal(2, await db.Works.Where(w => w.Id == work.Id).Select(w => w.KudosCount).SingleAsync());

        var commenting = new Commenting(db, TimeProvider.System);
        var chapter = work.Chapters[0].Id;
        var loudComment = await commenting.PostAsync(new NewComment(work.Id, chapter, null, "First!", loudPseud.Id), new Reader(loud.Id));
        Assert.True(loudComment.Succeeded, loudComment.Error);
        Assert.True((await commenting.PostAsync(new NewComment(work.Id, chapter, loudComment.Comment!.Id, "A reply.", readerPseud.Id), asReader)).Succeeded);
        Assert.True((await commenting.PostAsync(new NewComment(work.Id, chapter, null, "Lovely.", GuestName: "a guest"), Reader.Guest)).Succeeded);
        var muting = asReader with { MutedUserIds = [loud.Id] };
        Assert.Equal(["a guest"], (await CommentThreads.LoadAsync(db, work.Id, [chapter], muting)).Select(c => c.AuthorName));
        Assert.Equal(2, (await CommentThreads.LoadAsync(db, work.Id, [chapter], asReader)).Count);

        var angst = await db.Tags.Where(t => t.Name == "Angst").Select(t => t.Id).SingleAsync();
        var blocking = asReader with { BlockedTagIds = [angst], BlockedTagNames = ["Angst"], BlockSuggestedTags = true, MutedUserIds = [loud.Id] };
        var visible = await db.Works.VisibleTo(blocking).Select(w => w.Title).ToListAsync();
        Assert.DoesNotContain("Postgres Story", visible);
        Assert.DoesNotContain("Loud Story", visible);
        Assert.Contains("Loud Story", await db.Works.VisibleTo(asReader).Select(w => w.Title).ToListAsync());

        await AccountClosing.CloseAsync(db, reader.Id, WorksOnClose.Orphan, TimeProvider.System);
        await AccountClosing.CloseAsync(db, loud.Id, WorksOnClose.Orphan, TimeProvider.System);
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.Works.Where(w => w.Id == work.Id).Select(w => w.KudosCount).SingleAsync());
        Assert.Equal(User.OrphanAccount, await db.Creatorships.Where(c => c.WorkId == loudWork.Id).Select(c => c.Pseud!.Name).SingleAsync());
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "reader" || u.UserName == "loud"));
    }
}
