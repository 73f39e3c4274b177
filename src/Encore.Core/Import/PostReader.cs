namespace Encore.Import;

// Reads one raw post (plain text, HTML or EPUB) into a ParsedPost. Throws ImportException with a sentence a person
// can act on when the file cannot be a post.
public static class PostReader
{
    public const int MaxFileBytes = 50 * 1024 * 1024;

    public static (ParsedPost Post, PostFormat Format) Read(string fileName, byte[] bytes, PostContext? context = null)
    {
        context ??= PostContext.Empty;
        if (bytes.Length == 0) throw new ImportException("The file is empty.");
        if (bytes.Length > MaxFileBytes)
            throw new ImportException($"The file is {bytes.Length / 1024 / 1024} MB; posts of up to {MaxFileBytes / 1024 / 1024} MB can be imported.");

        var post = new ParsedPost();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        PostFormat format;
        if (IsZip(bytes) || extension == ".epub")
        {
            EpubPost.Read(bytes, post, context);
            format = PostFormat.Epub;
        }
        else
        {
            var text = TextDecoding.Decode(bytes);
            if (text.Trim().Length == 0) throw new ImportException("The file has no text in it.");
            if (extension is ".html" or ".htm" or ".xhtml" || LooksLikeHtml(text))
            {
                HtmlPost.Read(text, post, context);
                format = PostFormat.Html;
            }
            else
            {
                Structure(TextBlocks.FromText(text), post, context, new PostHeader(post, context));
                format = PostFormat.Text;
            }
        }
        Finish(post, context);
        return (post, format);
    }

    internal static void Structure(List<Block> blocks, ParsedPost post, PostContext context, PostHeader header)
    {
        var body = header.Read(blocks);
        body = new PostFooter(post, context).Read(body);
        PostChapters.Split(body, post);
    }

    private static void Finish(ParsedPost post, PostContext context)
    {
        if (post.Chapters.Count == 0) throw new ImportException("No story text was found in the file.");
        if (post.Fandoms.Count == 0)
        {
            var notes = string.Join('\n', post.Notes.Concat(post.EndNotes).Concat(post.NotesHtml).Append(post.Summary ?? "").Append(post.Title ?? ""));
            foreach (var fandom in context.FandomsMentionedIn(notes)) post.AddUnique(post.Fandoms, fandom);
        }
        if (post.Fandoms.Count == 0 && context.DefaultFandom != null) post.Fandoms.Add(context.DefaultFandom);
        // AO3 requires a fandom; a post that names none is still taken in (nothing is lost) under AO3's placeholder.
        if (post.Fandoms.Count == 0) post.Fandoms.Add(ParsedPost.UnknownFandom);
        if (string.IsNullOrWhiteSpace(post.Title)) post.Title = ParsedPost.Untitled;
        post.Language ??= LanguageGuess.Guess(string.Concat(post.Chapters.Take(3).Select(c => c.Html)));
        if (post.ExpectedChapters is { } expected && post.Complete == null) post.Complete = expected == post.Chapters.Count;
        post.Complete ??= true;
        if (post.Complete == true) post.ExpectedChapters = post.Chapters.Count;
        else if (post.ExpectedChapters <= post.Chapters.Count) post.ExpectedChapters = null;
    }

    private static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static bool LooksLikeHtml(string text)
    {
        var head = text.TrimStart()[..Math.Min(text.TrimStart().Length, 2000)].ToLowerInvariant();
        return head.StartsWith("<!doctype html") || head.StartsWith("<html") || head.Contains("<body")
            || head.StartsWith('<') && (head.Contains("<p>") || head.Contains("<p ") || head.Contains("<div") || head.Contains("<br"));
    }
}
