namespace Encore.Understanding;

// The story's people, for reading who dies: the canonical characters of the story's fandoms (stated, or found in
// the text) wherever the text names them, or, in a story whose fandoms know no characters (original work), the
// names the story itself gives its people (StoryNames); and whom each pronoun means (Coreference).
internal sealed class StoryCast
{
    private readonly HashSet<string> _canonical;
    private readonly StoryNames? _own;

    public Coreference People { get; }

    private StoryCast(Coreference people, HashSet<string> canonical, StoryNames? own)
    {
        People = people;
        _canonical = canonical;
        _own = own;
    }

    public bool IsCharacter(PersonRef who) =>
        who is { Kind: PersonKind.Named, Name: { } name } && (_canonical.Contains(name) || _own != null && _own.IsCharacter(name, People));

    public bool IsCanonical(PersonRef who) => who.Name is { } name && _canonical.Contains(name);

    // One of the story's focal people, though not its lead: in original work, a name present enough beside the lead
    // (StoryNames.IsFocal); a canonical character always is.
    public bool IsFocal(PersonRef who) =>
        who is { Kind: PersonKind.Named, Name: { } name } && (_canonical.Contains(name) || _own != null && _own.IsFocal(name, People));

    public static StoryCast Of(KnowledgeBase knowledge, NameIndex names, AnalysisInput input, IEnumerable<Suggestion> found, TextDocument text)
    {
        var fandomNames = input.Fandoms.Concat(found.Where(s => s.Type == Suggestion.Fandom).Select(s => s.Tag)).ToList();
        var fandoms = knowledge.Fandoms.Where(f => fandomNames.Any(n => Same(n, f.Name) || f.Aliases.Any(a => Same(a, n)))).ToList();
        var characters = fandoms.SelectMany(f => f.Characters).ToList();
        var canonical = characters.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var stated = input.Characters.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var own = characters.Count == 0 ? new StoryNames(text) : null;

        // A name several characters share goes to the first of them the creator stated or the text shows enough of.
        var suggested = found.Where(f => f.Type == Suggestion.Character).Select(f => f.Tag).ToHashSet(StringComparer.Ordinal);
        var mentions = new List<NameMention>();
        IEnumerable<PersonRef> In(Sentence s)
        {
            if (own != null) return own.In(s);
            mentions.Clear();
            names.Find(s, mentions);
            var people = new List<PersonRef>(mentions.Count);
            foreach (var m in mentions)
            {
                CharacterKnowledge? owner = null;
                foreach (var o in m.Owners)
                {
                    if (!canonical.Contains(o.Name)) continue;
                    if (stated.Contains(o.Name) || suggested.Contains(o.Name)) { owner = o; break; }
                    owner ??= o;
                }
                if (owner == null) continue;
                var after = s.Span[(m.End - s.Start)..];
                people.Add(new PersonRef(PersonKind.Named, m.Start, m.End, GenderOf(owner), owner.Name, after.StartsWith("'s") || after.StartsWith("’s"), s.Index));
            }
            return people;
        }

        var people = new Coreference(text, In);
        return new StoryCast(people, canonical, own);
    }

    private static Gender GenderOf(CharacterKnowledge c) => c.Pronouns switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
