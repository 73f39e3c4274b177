namespace Encore.Understanding;

// The names of a story's own people, for a story whose fandom knows none (original work). A name is a capitalised
// word that is never written in lower case in the text, is not one of the capitalised words of ordinary prose
// ("Then", "Nobody", "Monday"), and does not follow "in", "at" or "the" (a place). At the start of a sentence it must
// be followed by a verb ("Odile had kept the light"), since any word is capitalised there. A surname after a first
// name belongs to the first name.
internal sealed class StoryNames
{
    private readonly Dictionary<int, List<(Token Token, string Name)>> _bySentence = [];
    private readonly Dictionary<string, int> _mentions = new(StringComparer.Ordinal);
    private readonly int _narrator;
    private int? _mostSalient;

    public StoryNames(TextDocument text)
    {
        _narrator = Narrator(text);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in text.Sentences)
            foreach (var t in s.Tokens)
                if (!t.Capitalized) lower.Add(PersonReferences.Bare(t.Lower));
        foreach (var s in text.Sentences)
        {
            var tokens = s.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                var bare = PersonReferences.Bare(t.Text);
                if (!IsNameLike(bare) || lower.Contains(bare.ToLowerInvariant()) || StoryWords.IsOrdinary(bare)) continue;
                if (i > 0 && (PlaceWords.Contains(tokens[i - 1].Lower) || IsNameLike(PersonReferences.Bare(tokens[i - 1].Text)) && !StoryWords.IsOrdinary(tokens[i - 1].Text)))
                    continue;
                if (i == 0 && (tokens.Count < 2 || !StoryWords.IsVerbLike(tokens[1].Lower))) continue;
                if (!_bySentence.TryGetValue(s.Index, out var list)) _bySentence[s.Index] = list = [];
                list.Add((t, bare));
                _mentions[bare] = _mentions.GetValueOrDefault(bare) + 1;
            }
        }
    }

    public IEnumerable<PersonRef> In(Sentence s) =>
        _bySentence.TryGetValue(s.Index, out var list)
            ? list.Select(n => new PersonRef(PersonKind.Named, n.Token.Start, n.Token.Start + n.Name.Length, Gender.Unknown, n.Name,
                n.Token.Text.Length > n.Name.Length, s.Index))
            : [];

    // The story's lead: one of its people (named often enough, or followed by the pronouns that mean them), and
    // the most present of them. In original work only the lead is certainly a major character; when a narrator
    // tells the story in the first person, the narrator is the lead, and a friend the narrator mourns is not.
    public bool IsCharacter(string name, Coreference people)
    {
        var mentions = _mentions.GetValueOrDefault(name);
        if (mentions == 0) return false;
        var gendered = people.GenderOf(name) != Gender.Unknown;
        var salience = people.Salience(name);
        if (!(mentions >= 2 && gendered || mentions >= 3 || gendered && salience >= 4)) return false;
        return _narrator < 3 && salience >= (_mostSalient ??= _mentions.Keys.Max(people.Salience));
    }

    // A focal person beside the lead: named twice (the death said of the name shows it is a person's, so no gender
    // is needed), or once and then followed by the pronouns that mean them, or once with nobody more present; and at
    // least half as present as the most present name. WhoDies asks this only of a death the story dwells on, and then
    // the one mourned is a main character even when an "I" tells the story: a passage about a friend's death is about
    // the friend (the convention since 2026-11-22; EVALUATION.md).
    public bool IsFocal(string name, Coreference people)
    {
        var mentions = _mentions.GetValueOrDefault(name);
        if (mentions == 0) return false;
        var gendered = people.GenderOf(name) != Gender.Unknown;
        var salience = people.Salience(name);
        var most = _mostSalient ??= _mentions.Keys.Max(people.Salience);
        if (!(mentions >= 2 || gendered && salience >= 3 || salience >= most)) return false;
        return salience * 2 >= most;
    }

    // How often a first-person narrator refers to themselves outside dialogue.
    private static int Narrator(TextDocument text)
    {
        var count = 0;
        foreach (var s in text.Sentences)
        {
            var quoted = false;
            var tokens = s.Tokens;
            var k = 0;
            for (var i = s.Start; i < s.End && k < tokens.Count; i++)
            {
                if (s.Document.Text[i] is '"' or '“' or '”') quoted = !quoted;
                if (i != tokens[k].Start) continue;
                if (!quoted && tokens[k].Lower is "i" or "me" or "my" or "myself" or "mine" or "i'm" or "i'd" or "i've" or "i'll") count++;
                k++;
            }
        }
        return count;
    }

    private static bool IsNameLike(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(c => char.IsLetter(c) || c is '-' or '\'');

    private static readonly HashSet<string> PlaceWords = ["in", "at", "near", "into", "across", "outside", "inside", "towards", "toward", "through", "the", "of", "from", "to", "on"];
}
