using Encore.Data;
using Encore.Tags;
using Microsoft.EntityFrameworkCore;

namespace Encore.Understanding;

// The fandoms, characters and relationships the analyser can recognise, with every name a text may use for them.
// Built from the archive's canonical tags and aliases (or straight from fandom files when there is no archive).
public sealed class KnowledgeBase
{
    public IReadOnlyList<FandomKnowledge> Fandoms { get; }

    public KnowledgeBase(IReadOnlyList<FandomKnowledge> fandoms) => Fandoms = fandoms;

    public static KnowledgeBase FromFiles(IEnumerable<FandomFile> files) => new(files.Select(f => new FandomKnowledge(
        f.Fandom, f.Aliases.Append(f.Fandom).Append(Import.PostContext.BaseName(f.Fandom)).Distinct().ToList(), f.Keywords.ToList(),
        f.Characters.Select(c => new CharacterKnowledge(c.Name, f.Fandom, Names(c.Name, c.Aliases), c.Pronouns)).ToList(),
        f.Relationships.Select(r => new RelationshipKnowledge(r.Name, f.Fandom, r.Aliases.ToList())).ToList())).ToList());

    public static KnowledgeBase Shipped() => FromFiles(ShippedFandoms.Files().Select(f => f.File));

    // Every canonical fandom with characters or aliases, and its canonical characters and relationships.
    public static async Task<KnowledgeBase> LoadAsync(EncoreDb db, CancellationToken ct = default)
    {
        var aliases = (await db.TagAliases.Select(a => new { a.TagId, a.Alias }).ToListAsync(ct))
            .ToLookup(a => a.TagId, a => a.Alias);
        var tags = await db.Tags.Where(t => t.Canonical && (t.Type == TagType.Fandom || t.Type == TagType.Character || t.Type == TagType.Relationship))
            .Select(t => new { t.Id, t.Type, t.Name, Fandoms = t.ParentLinks.Where(p => p.Parent.Type == TagType.Fandom).Select(p => p.Parent.Name).ToList() })
            .ToListAsync(ct);
        // Tags hold no pronouns: the shipped fandom files supply them for the characters they know.
        var pronouns = ShippedFandoms.Files().SelectMany(f => f.File.Characters.Where(c => c.Pronouns != null).Select(c => (Key: (f.File.Fandom, c.Name), c.Pronouns)))
            .DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Pronouns);
        var fandoms = new List<FandomKnowledge>();
        foreach (var fandom in tags.Where(t => t.Type == TagType.Fandom))
        {
            var characters = tags.Where(t => t.Type == TagType.Character && t.Fandoms.Contains(fandom.Name)).OrderBy(t => t.Id)
                .Select(t => new CharacterKnowledge(t.Name, fandom.Name, Names(t.Name, aliases[t.Id].ToList()), pronouns.GetValueOrDefault((fandom.Name, t.Name)))).ToList();
            var relationships = tags.Where(t => t.Type == TagType.Relationship && t.Fandoms.Contains(fandom.Name))
                .Select(t => new RelationshipKnowledge(t.Name, fandom.Name, aliases[t.Id].ToList())).ToList();
            if (characters.Count == 0 && !aliases[fandom.Id].Any()) continue;
            fandoms.Add(new FandomKnowledge(fandom.Name, aliases[fandom.Id].Append(fandom.Name).Append(Import.PostContext.BaseName(fandom.Name)).Distinct().ToList(),
                [], characters, relationships));
        }
        return new KnowledgeBase(fandoms);
    }

    // A character is also known by its full name, and by "Mr. Holmes"-style names without the full stop.
    private static List<string> Names(string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).SelectMany(a => a.Contains('.') ? [a, a.Replace(".", "")] : new[] { a }).Distinct().ToList();
}

public sealed record FandomKnowledge(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Keywords,
    IReadOnlyList<CharacterKnowledge> Characters, IReadOnlyList<RelationshipKnowledge> Relationships);

// Pronouns: "he", "she" or "they" when known (fandom files), so the analyser knows whom a pronoun can mean.
public sealed record CharacterKnowledge(string Name, string Fandom, IReadOnlyList<string> Names, string? Pronouns = null);

public sealed record RelationshipKnowledge(string Name, string Fandom, IReadOnlyList<string> Aliases)
{
    public string[] Members => Name.Split(['/', '&'], StringSplitOptions.TrimEntries);
    public bool Romantic => Name.Contains('/');
}
