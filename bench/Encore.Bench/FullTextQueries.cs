using Encore.Search;

namespace Encore.Bench;

// The fixed, seeded query mix of the full-text benchmark, as readers search: character names and distinctive words
// (and now and then a very common one), two words, phrases that occur in the text, prefixes, exclusions, and
// title:, creator: and tag: terms.
public sealed class FullTextQueries(EnglishLikeText english, GeneratedArchive archive, List<string> phrases)
{
    public List<(string Kind, string Query)> Make(int count, Random rng)
    {
        var tagNames = archive.Tags.ToDictionary(t => t.Id, t => t.Name);
        string Name() => english.Names[rng.Next(english.Names.Length)];
        string Distinctive() => english.Vocabulary[rng.Next(100, 5000)];
        string Word() => rng.Next(3) switch { 0 => Name(), 1 => Distinctive(), _ => english.Word(rng) };
        string Phrase() => "\"" + phrases[rng.Next(phrases.Count)] + "\"";
        var queries = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Next(100);
            queries.Add(roll switch
            {
                < 25 => ("word", Word()),
                < 40 => ("two-word", rng.Next(2) == 0 ? $"{Name()} {Distinctive()}" : $"{Distinctive()} {Word()}"),
                < 65 => ("phrase", Phrase()),
                < 75 => ("prefix", english.Vocabulary[rng.Next(50, 3000)] is var w && w.Length > 4 ? w[..rng.Next(3, 5)] + "*" : w + "*"),
                < 85 => ("exclusion", rng.Next(2) == 0 ? $"{Name()} -{Distinctive()}" : $"{Distinctive()} -{Phrase()}"),
                _ => ("field", rng.Next(3) switch
                {
                    0 => "title:" + archive.Works[rng.Next(archive.Works.Count)].Title.Split(' ')[0],
                    1 => $"creator:\"{archive.Creators[rng.Next(archive.Creators.Count)].Name}\" {Word()}",
                    _ => $"tag:\"{tagNames[archive.WorkTags[rng.Next(archive.WorkTags.Count)].TagId]}\" {Distinctive()}",
                }),
            });
        }
        return queries;
    }
}
