using Encore.Search;
using Encore.Tags;

namespace Encore.Bench;

// The fixed, seeded query mix of the full-text benchmark, as readers search: character names and distinctive words
// (and now and then a very common one), two words, phrases that occur in the text, prefixes, exclusions, and
// title:, creator: and tag: terms. A third of them also carry filters from the sidebar, as a search narrowed to a
// fandom would: a tag taken from a random work's fandom, character, relationship or additional tags (so weighted by
// use), now and then an excluded tag or a rating.
public sealed class FullTextQueries(EnglishLikeText english, GeneratedArchive archive, List<string> phrases)
{
    public sealed record Query(string Kind, string Text, IReadOnlyList<int> Include, IReadOnlyList<int> Exclude, IReadOnlyList<int> Ratings)
    {
        public bool Filtered => Include.Count + Exclude.Count + Ratings.Count > 0;

        public WorkQuery ToWorkQuery() => new() { Text = Text, IncludeTagIds = Include, ExcludeTagIds = Exclude, RatingIds = Ratings };

        public override string ToString() => Text + (Filtered ? $" [tags +{string.Join(",", Include)} -{string.Join(",", Exclude)} rating {string.Join(",", Ratings)}]" : "");
    }

    public List<Query> Make(int count, Random rng)
    {
        var tags = archive.Tags.ToDictionary(t => t.Id);
        TagType[] filterable = [TagType.Fandom, TagType.Character, TagType.Relationship, TagType.Freeform];
        var tagsByWork = archive.WorkTags.Where(wt => filterable.Contains(tags[wt.TagId].Type)).GroupBy(wt => wt.WorkId)
            .ToDictionary(g => g.Key, g => g.Select(wt => wt.TagId).ToArray());
        var ratings = archive.Tags.Where(t => t.Type == TagType.Rating && t.Canonical).Select(t => t.Id).ToArray();
        string Name() => english.Names[rng.Next(english.Names.Length)];
        string Distinctive() => english.Vocabulary[rng.Next(100, 5000)];
        string Word() => rng.Next(3) switch { 0 => Name(), 1 => Distinctive(), _ => english.Word(rng) };
        string Phrase() => "\"" + phrases[rng.Next(phrases.Count)] + "\"";
        int UsedTag()
        {
            var wt = archive.WorkTags[rng.Next(archive.WorkTags.Count)];
            return tagsByWork.TryGetValue(wt.WorkId, out var own) ? own[rng.Next(own.Length)] : wt.TagId;
        }
        var queries = new List<Query>();
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Next(100);
            var (kind, text) = roll switch
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
                    _ => $"tag:\"{tags[archive.WorkTags[rng.Next(archive.WorkTags.Count)].TagId].Name}\" {Distinctive()}",
                }),
            };
            if (rng.Next(3) != 0) { queries.Add(new Query(kind, text, [], [], [])); continue; }
            queries.Add(new Query(kind, text, [UsedTag()], rng.Next(4) == 0 ? [UsedTag()] : [],
                rng.Next(5) == 0 ? [ratings[rng.Next(ratings.Length)]] : []));
        }
        return queries;
    }
}
