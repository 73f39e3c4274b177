namespace Encore.Export;

// The downloads' stylesheet: plain and sparing, so that e-readers' own fonts, sizes and night modes win.
internal static class Stylesheet
{
    public const string Epub = """
        body { margin: 0 1em; line-height: 1.4; }
        h1.title { margin: 1em 0 0.3em; text-align: center; font-size: 1.6em; }
        p.byline, p.gifts { text-align: center; margin: 0.3em 0; }
        p.byline { font-size: 1.1em; }
        dl.tags { margin: 1.5em 0; font-size: 0.9em; }
        dl.tags dt { font-weight: bold; margin-top: 0.4em; }
        dl.tags dd { margin: 0 0 0 1.5em; }
        p.source, p.jump, p.comments { font-size: 0.9em; }
        h2.heading { margin: 1.2em 0 0.8em; text-align: center; font-size: 1.3em; }
        .chapter-summary, .chapter-notes, .chapter-end-notes, .summary, .notes, .end-notes { margin: 1em 0; }
        .chapter-summary h3, .chapter-notes h3, .chapter-end-notes h3, .summary h2, .notes h2, .end-notes h2 { font-size: 1em; margin: 0.5em 0; }
        blockquote.userstuff { margin: 0.5em 0 0.5em 1.5em; }
        .chapter-end-notes, .end-notes { border-top: 1px solid #888; padding-top: 0.5em; }
        .userstuff p { margin: 0 0 1em; }
        .userstuff table { border-collapse: collapse; margin: 1em 0; }
        .userstuff table.bordered td, .userstuff table.bordered th { border: 1px solid #888; }
        .userstuff td, .userstuff th { padding: 0.2em 0.4em; vertical-align: top; }
        .userstuff hr { width: 40%; margin: 1.5em auto; border: 0; border-top: 1px solid #888; }
        .align-left { text-align: left; }
        .align-right { text-align: right; }
        .align-center, .center { text-align: center; }
        .align-justify { text-align: justify; }
        span.big { font-size: 1.2em; }
        span.tt { font-family: monospace; }
        p.heading { font-weight: bold; }
        .inline-b, .inline-strong { font-weight: bold; }
        .inline-i, .inline-em, .inline-cite, .inline-var, .inline-q { font-style: italic; }
        .inline-u { text-decoration: underline; }
        .inline-s { text-decoration: line-through; }
        .inline-code, .inline-kbd, .inline-samp, .inline-tt { font-family: monospace; }
        .inline-small, .inline-sub, .inline-sup { font-size: smaller; }
        .inline-big { font-size: larger; }
        """;

    // The HTML download: the same, plus a readable measure and the reader's light or dark preference.
    public const string Html = Epub + """

        body { max-width: 40em; margin: 0 auto; padding: 1em; font-family: Georgia, serif; color: #1a1a1a; background: #fdfdfb; }
        a { color: #8a1d1d; }
        section.chapter, section.afterword { border-top: 1px solid #ccc; margin-top: 2em; }
        nav.contents ol { padding-left: 1.5em; }
        @media (prefers-color-scheme: dark) {
          body { color: #ddd; background: #161616; }
          a { color: #f08c8c; }
        }
        """;
}
