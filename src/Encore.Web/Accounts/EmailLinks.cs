namespace Encore.Web.Accounts;

// Encore sends no email: account confirmation and password reset links are written to the log, and in development
// also shown on the page, so an archive runs without a mail server.
public sealed class EmailLinks(ILogger<EmailLinks> log, IWebHostEnvironment environment)
{
    public bool ShowOnScreen => environment.IsDevelopment();

    public void Send(string to, string purpose, string link) =>
        log.LogWarning("Email to {To}: {Purpose}: {Link}", to, purpose, link);
}
