using System.Net;
using System.Net.Http.Json;
using System.Text;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Api;

// Every API write, refused without a token (401), with a read-only token (403) and where the HTML pages refuse
// (someone else's work: 403, or 404 when the work is not one the reader may see), each time changing nothing.
public sealed class ApiWriteRefusalTests(WriteArchive a) : IClassFixture<WriteArchive>
{
    [Fact]
    public async Task Every_write_is_refused_without_a_working_token_with_a_read_only_token_and_with_only_a_login_cookie()
    {
        var cookie = await a.Archive.SignInAsync("writer");
        foreach (var (name, send, _) in a.Writes(a.Own))
        {
            var before = await a.SnapshotAsync();
            var anonymous = await send(a.Archive.NewClient());
            await a.RefusedAsync(name + " without a token", anonymous, HttpStatusCode.Unauthorized, before);
            Assert.Equal("Bearer realm=\"Encore\"", anonymous.Headers.WwwAuthenticate.ToString());
            await a.RefusedAsync(name + " with a login cookie", await send(cookie), HttpStatusCode.Unauthorized, before);
            await a.RefusedAsync(name + " with a read-only token", await send(a.Archive.Bearer(a.ReadToken)), HttpStatusCode.Forbidden, before);
            await a.RefusedAsync(name + " with a mistyped token", await send(a.Archive.Bearer(a.WriteToken[..^2] + "zz")), HttpStatusCode.Unauthorized, before);
            await a.RefusedAsync(name + " with a revoked write token", await send(a.Archive.Bearer(a.RevokedToken)), HttpStatusCode.Unauthorized, before);
        }
    }

    [Fact]
    public async Task Writes_on_another_user_s_work_are_refused_as_the_pages_refuse_them()
    {
        var writer = a.Archive.Bearer(a.WriteToken);
        foreach (var (name, send, onOthers) in a.Writes(a.Others))
        {
            if (onOthers is not { } status) continue;
            var before = await a.SnapshotAsync();
            await a.RefusedAsync(name + " on someone else's work", await send(writer), (HttpStatusCode)status, before);
        }
        // Someone else's draft does not exist for the writer: every write about it is 404.
        foreach (var (name, send, _) in a.Writes(a.OthersDraft).Where(w => w.Name is not ("post work" or "import")))
        {
            var before = await a.SnapshotAsync();
            await a.RefusedAsync(name + " on someone else's draft", await send(writer), HttpStatusCode.NotFound, before);
        }
        // Kudos on one's own work is refused, as on the page; the owner's bookmark of the writer's work is theirs alone.
        await a.RefusedAsync("kudos on one's own work", await writer.PostAsync($"/api/v1/works/{a.Own}/kudos", null), HttpStatusCode.Forbidden, await a.SnapshotAsync());
        await a.RefusedAsync("deleting a bookmark one does not have", await writer.DeleteAsync($"/api/v1/works/{a.Own}/bookmark"), HttpStatusCode.NotFound, await a.SnapshotAsync());
    }
}
