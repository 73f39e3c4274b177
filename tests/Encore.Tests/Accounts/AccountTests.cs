using System.Net;
using Encore.Community;
using Encore.People;
using Encore.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Encore.Tests.Accounts;

public class AccountTests : IAsyncLifetime
{
    private TestArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TestArchive.StartAsync(samples: false, environment: "Development");
    public async Task DisposeAsync() => await _archive.DisposeAsync();

    private static Dictionary<string, string> SignUpForm(string name, string password = TestPeople.Password, string? confirm = null) => new()
    {
        ["Input.UserName"] = name, ["Input.Email"] = $"{name}@example.org", ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password, ["Input.Accept"] = "true",
    };

    [Fact]
    public async Task Sign_up_confirm_by_the_link_then_log_in_and_out()
    {
        var client = _archive.NewClient();
        var page = Html.Parse(await (await client.PostFormAsync("/signup", SignUpForm("ivy_fan"))).ReadHtmlAsync());
        var link = page.QuerySelector("#confirmation-link")?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException("no confirmation link shown in development");

        var early = await client.PostFormAsync("/login", new() { ["Input.Login"] = "ivy_fan", ["Input.Password"] = TestPeople.Password });
        Assert.Contains("Confirm your email address first", await early.ReadHtmlAsync());

        Assert.Contains("Your account is confirmed", await client.GetStringAsync(new Uri(link).PathAndQuery));
        var login = await client.PostFormAsync("/login", new() { ["Input.Login"] = "ivy_fan@example.org", ["Input.Password"] = TestPeople.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("encore.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var home = Html.Parse(await client.GetStringAsync("/"));
        Assert.Equal("/users/ivy_fan", home.QuerySelector(".user-nav a[href='/users/ivy_fan']")?.GetAttribute("href"));
        await using (var db = _archive.OpenDb())
            Assert.Equal("ivy_fan", (await db.Pseuds.SingleAsync(p => p.User.UserName == "ivy_fan")).Name);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/logout", [], formPage: "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Sign_up_problems_are_shown_by_their_fields_and_create_nothing()
    {
        await _archive.CreateUserAsync("taken_name");
        var client = _archive.NewClient();
        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (SignUpForm("a"), "3 to 40 characters"),
            (SignUpForm("bad name!"), "letters, numbers and underscores"),
            (SignUpForm("taken_name"), "is taken"),
            (SignUpForm("short_pw", "abc"), "at least 8 characters"),
            (SignUpForm("mismatch", TestPeople.Password, "something else"), "not the same"),
            (SignUpForm(User.OrphanAccount), "reserved"),
        };
        foreach (var (form, message) in cases)
        {
            var page = Html.Parse(await (await client.PostFormAsync("/signup", form)).ReadHtmlAsync());
            Assert.Contains(message, page.QuerySelector(".error-summary")?.TextContent ?? "(no error summary)");
            Assert.Contains(page.QuerySelectorAll(".field-error"), e => e.TextContent.Contains(message));
        }
        await using var db = _archive.OpenDb();
        Assert.Equal(["taken_name"], await db.Users.Select(u => u.UserName!).ToListAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await _archive.CreateUserAsync("locked_out");
        var client = _archive.NewClient();
        for (var i = 0; i < 4; i++)
            Assert.Contains("is not right", await (await client.PostFormAsync("/login", new() { ["Input.Login"] = "locked_out", ["Input.Password"] = "wrong" + i })).ReadHtmlAsync());
        Assert.Contains("locked for 15 minutes", await (await client.PostFormAsync("/login", new() { ["Input.Login"] = "locked_out", ["Input.Password"] = "wrong again" })).ReadHtmlAsync());
        var right = await client.PostFormAsync("/login", new() { ["Input.Login"] = "locked_out", ["Input.Password"] = TestPeople.Password });
        Assert.Contains("locked for 15 minutes", await right.ReadHtmlAsync());
    }

    [Fact]
    public async Task Changing_the_password_replaces_the_old_one()
    {
        await _archive.CreateUserAsync("changer");
        var client = await _archive.SignInAsync("changer");
        var wrong = await client.PostFormAsync("/account/password", new() { ["Input.Current"] = "nope", ["Input.New"] = "a new long password", ["Input.Confirm"] = "a new long password" });
        Assert.Contains("current password is not right", await wrong.ReadHtmlAsync());
        var done = await client.PostFormAsync("/account/password", new() { ["Input.Current"] = TestPeople.Password, ["Input.New"] = "a new long password", ["Input.Confirm"] = "a new long password" });
        Assert.Contains("has been changed", await done.ReadHtmlAsync());

        var old = await _archive.NewClient().PostFormAsync("/login", new() { ["Input.Login"] = "changer", ["Input.Password"] = TestPeople.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await _archive.SignInAsync("changer", "a new long password");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_link_and_the_answer_does_not_reveal_accounts()
    {
        await _archive.CreateUserAsync("forgetful");
        var client = _archive.NewClient();
        var unknown = Html.Parse(await (await client.PostFormAsync("/account/forgot", new() { ["Email"] = "nobody@example.com" })).ReadHtmlAsync());
        var known = Html.Parse(await (await client.PostFormAsync("/account/forgot", new() { ["Email"] = "forgetful@example.com" })).ReadHtmlAsync());
        Assert.Equal(unknown.Text(".notice"), known.Text(".notice"));
        var link = new Uri(known.QuerySelector("#reset-link")!.GetAttribute("href")!).PathAndQuery;

        var reset = await client.PostFormAsync(link, new() { ["Password"] = "brand new password", ["Confirm"] = "brand new password" }, formPage: link);
        Assert.Contains("has been changed", await reset.ReadHtmlAsync());
        await _archive.SignInAsync("forgetful", "brand new password");
        var again = await client.PostFormAsync(link, new() { ["Password"] = "another password", ["Confirm"] = "another password" }, formPage: link);
        Assert.Contains("expired or was already used", await again.ReadHtmlAsync());
    }

    [Fact]
    public async Task Deleting_an_account_orphans_or_deletes_its_works_and_keeps_shared_works_with_their_other_creators()
    {
        var leaver = await _archive.CreateUserAsync("leaver");
        var stayer = await _archive.CreateUserAsync("stayer");
        int orphaned, shared;
        await using (var db = _archive.OpenDb())
        {
            var mine = await db.Pseuds.SingleAsync(p => p.UserId == leaver.Id);
            var theirs = await db.Pseuds.SingleAsync(p => p.UserId == stayer.Id);
            orphaned = (await Posting.PostAsync(db, Posting.Work("Left behind") with { ExternalCreators = [], PseudIds = [mine.Id] })).Id;
            shared = (await Posting.PostAsync(db, Posting.Work("Written together") with { ExternalCreators = [], PseudIds = [mine.Id, theirs.Id] })).Id;
            db.Kudos.Add(new Kudos { WorkId = shared, UserId = leaver.Id });
            // A private bookmark is not in the count; a public one by someone staying is.
            db.Bookmarks.Add(new Bookmark { UserId = leaver.Id, PseudId = mine.Id, WorkId = shared, IsPrivate = true });
            db.Bookmarks.Add(new Bookmark { UserId = stayer.Id, PseudId = theirs.Id, WorkId = shared });
            await db.SaveChangesAsync();
            await db.RecountKudosAsync([shared]);
            await db.RecountBookmarksAsync([shared]);
        }
        var client = await _archive.SignInAsync("leaver");
        var missing = await client.PostFormAsync("/account/delete", new() { ["Password"] = TestPeople.Password });
        Assert.Contains("Choose what happens to your works", await missing.ReadHtmlAsync());
        var wrong = await client.PostFormAsync("/account/delete", new() { ["Password"] = "nope", ["Works"] = "Orphan" });
        Assert.Contains("password is not right", await wrong.ReadHtmlAsync());

        var gone = await client.PostFormAsync("/account/delete", new() { ["Password"] = TestPeople.Password, ["Works"] = "Orphan" });
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        await using (var db = _archive.OpenDb())
        {
            Assert.False(await db.Users.AnyAsync(u => u.UserName == "leaver"));
            var credit = await db.Creatorships.Where(c => c.WorkId == orphaned).Select(c => c.Pseud!.Name).SingleAsync();
            Assert.Equal(User.OrphanAccount, credit);
            Assert.Equal(["stayer"], await db.Creatorships.Where(c => c.WorkId == shared).Select(c => c.Pseud!.Name).ToListAsync());
            var counts = await db.Works.SingleAsync(w => w.Id == shared);
            Assert.Equal((0, 1), (counts.KudosCount, counts.BookmarkCount));
        }
        Assert.Contains("orphan_account", await _archive.GetHtmlAsync($"/works/{orphaned}"));
    }

    [Fact]
    public async Task Deleting_with_works_deleted_removes_works_the_user_created_alone()
    {
        var user = await _archive.CreateUserAsync("deleter");
        int id;
        await using (var db = _archive.OpenDb())
        {
            var pseud = await db.Pseuds.SingleAsync(p => p.UserId == user.Id);
            id = (await Posting.PostAsync(db, Posting.Work("Going too") with { ExternalCreators = [], PseudIds = [pseud.Id] })).Id;
        }
        var client = await _archive.SignInAsync("deleter");
        await client.PostFormAsync("/account/delete", new() { ["Password"] = TestPeople.Password, ["Works"] = "Delete" });
        await using var check = _archive.OpenDb();
        Assert.False(await check.Works.AnyAsync(w => w.Id == id));
        Assert.False(await check.Users.AnyAsync(u => u.UserName == User.OrphanAccount));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await _archive.CreateUserAsync("forged");
        var client = _archive.NewClient();
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = "forged", ["Input.Password"] = TestPeople.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script()
    {
        var response = await _archive.Http.GetAsync("/login");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Empty(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("script, [style]"));
    }
}

public class AccountRateLimitTests
{
    [Fact]
    public async Task Login_attempts_are_limited_per_address_but_reading_the_form_is_not()
    {
        await using var archive = await TestArchive.StartAsync(samples: false, accountAttemptsPerMinute: 3);
        var client = archive.NewClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            codes.Add((await client.PostFormAsync("/login", new() { ["Input.Login"] = "someone", ["Input.Password"] = "guess" + i })).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }
}
