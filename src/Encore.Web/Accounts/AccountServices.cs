using Encore.Data;
using Encore.People;
using Microsoft.AspNetCore.Identity;

namespace Encore.Web.Accounts;

public static class AccountServices
{
    // Identity's user store, password rules and lockout: shared by the web app and `encore admin`.
    public static IdentityBuilder AddEncoreIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<User>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EncoreDb>()
            .AddDefaultTokenProviders();

    public static void AddEncoreAccounts(this IServiceCollection services)
    {
        // PBKDF2 with HMAC-SHA512 and 100,000 iterations is Identity's current format (V3); stated, not assumed.
        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = 100_000;
        });
        services.AddIdentity<User, IdentityRole>(Configure)
            .AddEntityFrameworkStores<EncoreDb>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "encore.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS; a local `encore serve` on http://localhost still lets people in.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/Status/403";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
        });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddScoped<EmailLinks>();
        services.AddScoped<AccessTokens>();
    }

    private static void Configure(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.User.AllowedUserNameCharacters = null!;  // UserNames checks names (letters of every script), not Identity
        o.Password.RequiredLength = 8;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = UserAccounts.WrongPasswordLockout;
        o.SignIn.RequireConfirmedEmail = true;
    }
}
