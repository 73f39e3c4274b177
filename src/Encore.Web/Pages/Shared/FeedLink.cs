namespace Encore.Web.Pages;

// A list page's Atom feed: named in the page head (feed readers discover it there) and linked on the page.
public sealed record FeedLink(string Url, string Title);
