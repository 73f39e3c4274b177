using Encore.Catalog;
using Encore.Tags;
using Encore.Text;

namespace Encore.Web.Catalog;

public sealed partial class AtomWriter
{
    // A whole entry: creators with their pages (in the catalog, their works' feed), every tag as a category whose
    // scheme is its type, the summary, AO3's blurb as content, and links to the work and to each chapter. In the
    // catalog, also language, first publication date and the downloads.
    private void WriteWorkEntry(FeedWork work)
    {
        var w = work.Blurb;
        _w.WriteStartElement("entry", AtomNs);
        Text("id", _cx.WorkId(w.Id));
        Text("title", w.Title, type: "text");
        Text("updated", FeedContext.Date(w.UpdatedAt));
        Text("published", FeedContext.Date(work.PublishedAt));
        foreach (var creator in w.Creators)
        {
            _w.WriteStartElement("author", AtomNs);
            Text("name", creator.Name);
            Text("uri", _opds ? CatalogUrl(CatalogPaths.Creator(creator)) : _cx.Url(Links.Creator(creator)));
            _w.WriteEndElement();
        }
        if (_opds)
        {
            _w.WriteElementString("dc", "language", DcNs, XmlText.Clean(w.Language));
            _w.WriteElementString("dc", "issued", DcNs, Display.IsoDate(work.PublishedAt));
        }
        foreach (var tag in w.Tags)
        {
            _w.WriteStartElement("category", AtomNs);
            _w.WriteAttributeString("term", XmlText.Clean(tag.Name));
            _w.WriteAttributeString("scheme", _cx.TagScheme(tag.Type));
            _w.WriteAttributeString("label", XmlText.Clean($"{tag.Type.Singular()}: {tag.Name}"));
            _w.WriteEndElement();
        }
        // OPDS wants a plain-text summary; a feed reader shows the creator's formatting.
        if (w.Summary != null)
        {
            if (_opds) Text("summary", WordCounter.PlainText(w.Summary), type: "text");
            else Text("summary", w.Summary, type: "html");
        }
        Text("content", EntryHtml.Build(work, _cx), type: "html");

        Link("alternate", _cx.Url(Links.Work(w.Id)), "text/html");
        foreach (var chapter in work.Chapters)
            Link("related", _cx.Url(Links.Chapter(w.Id, chapter.Id)), "text/html", chapter.Heading);
        if (_opds)
        {
            foreach (var (format, type, title) in OpdsSpec.Downloads)
                Link(OpdsSpec.AcquisitionRel(w.Restricted), _cx.Url(Links.Download(w.Id, w.Title, format)), type, title);
            foreach (var s in w.Series)
                Link("related", CatalogUrl(CatalogPaths.Series(s.Id)), OpdsSpec.Acquisition, $"Part {s.Position} of {s.Title}");
        }
        _w.WriteEndElement();
    }
}
