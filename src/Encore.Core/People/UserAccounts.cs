using Encore.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Encore.People;

public sealed record AccountResult(User? User, IReadOnlyList<Works.FieldProblem> Problems)
{
    public bool Succeeded => User != null;
}

// Creating accounts, shared by the sign-up page and `encore admin create`: a user always comes with a default pseud
// carrying the user name, written in one transaction.
public static class UserAccounts
{
    public const string AdminRole = "admin";

    // Five wrong passwords lock an account for this long (Identity's lockout, set up by the web host).
    public static readonly TimeSpan WrongPasswordLockout = TimeSpan.FromMinutes(15);

    // Encore has no suspension page yet: an administrator suspends an account by locking it out (Identity's lockout)
    // until a date, and closing an account deletes it. The short lockout after wrong passwords is not a suspension:
    // someone guessing at a password must not be able to cut the owner's e-reader and scripts off, so a lockout
    // counts only when it reaches further than that one could.
    public static bool IsSuspended(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is { } end && end - now > WrongPasswordLockout;

    public static async Task<AccountResult> CreateAsync(
        EncoreDb db, UserManager<User> users, string userName, string email, string password, TimeProvider clock,
        bool confirmed = false, CancellationToken ct = default)
    {
        userName = userName.Trim();
        email = email.Trim();
        var problems = new List<Works.FieldProblem>();
        if (UserNames.UserNameProblem(userName) is { } nameProblem) problems.Add(new("UserName", nameProblem));
        else if (await users.FindByNameAsync(userName) != null) problems.Add(new("UserName", $"The name \"{userName}\" is taken."));
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _)) problems.Add(new("Email", "Enter an email address, such as name@example.com."));
        else if (await users.FindByEmailAsync(email) != null) problems.Add(new("Email", "An account with that email address already exists."));
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, null!, password);
            problems.AddRange(check.Errors.Select(e => new Works.FieldProblem("Password", e.Description)));
        }
        if (problems.Count > 0) return new AccountResult(null, problems);

        var user = new User { UserName = userName, Email = email, EmailConfirmed = confirmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return new AccountResult(null, created.Errors.Select(e => new Works.FieldProblem("UserName", e.Description)).ToList());
        db.Pseuds.Add(new Pseud { UserId = user.Id, Name = userName, IsDefault = true });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AccountResult(user, []);
    }

    public static async Task<Pseud> DefaultPseudAsync(EncoreDb db, string userId, CancellationToken ct = default) =>
        await db.Pseuds.Where(p => p.UserId == userId).OrderByDescending(p => p.IsDefault).ThenBy(p => p.Id).FirstAsync(ct);
}
