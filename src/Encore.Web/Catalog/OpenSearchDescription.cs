using System.Text;
using System.Xml;

namespace Encore.Web.Catalog;

// The OpenSearch 1.1 description the OPDS 1.2 catalog links with rel="search": one template, answered with an
// acquisition feed. Clients fill {searchTerms}; paging follows the result feed's `next` links, so the template has no
// optional parameters that simpler clients would send literally.
public static class OpenSearchDescription
{
    public const string Ns = "http://a9.com/-/spec/opensearch/1.1/";

    public static byte[] Write(FeedContext cx)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("OpenSearchDescription", Ns);
            w.WriteElementString("ShortName", Ns, "Encore");
            w.WriteElementString("Description", Ns, "Search Encore's works by title, tag or creator.");
            w.WriteElementString("InputEncoding", Ns, "UTF-8");
            w.WriteElementString("OutputEncoding", Ns, "UTF-8");
            w.WriteStartElement("Url", Ns);
            w.WriteAttributeString("type", OpdsSpec.Acquisition);
            w.WriteAttributeString("template", cx.Catalog(Links.OpdsRoot, new("search")) + "?query={searchTerms}");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return stream.ToArray();
    }
}
