namespace Encore.Understanding;

internal enum PersonKind { Named, Pronoun, Kin, Unnamed }

internal enum Gender { Unknown, Male, Female }

// One place a sentence refers to a person: a name ("Tom", "Mr. Bennet"), a third-person pronoun ("she", "him",
// "his"), a relative ("her father", "Mum", "Uncle Pete") or an unnamed person ("the big man", "a stranger").
// Offsets are into the document. Possessive is set for "Tom's", "his", "the inspector's".
internal sealed record PersonRef(PersonKind Kind, int Start, int End, Gender Gender, string? Name, bool Possessive, int Sentence);

// Finds the people a sentence refers to, from closed classes of words (pronouns, kinship and person nouns) and the
// names the caller already knows.
internal static class PersonReferences
{
    private static readonly Dictionary<string, (Gender Gender, bool Possessive)> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = (Gender.Male, false), ["him"] = (Gender.Male, false), ["his"] = (Gender.Male, true), ["himself"] = (Gender.Male, false),
        ["she"] = (Gender.Female, false), ["her"] = (Gender.Female, false), ["hers"] = (Gender.Female, false), ["herself"] = (Gender.Female, false),
    };

    // Relatives: the death of one is a character's death, though not by itself a major character's.
    private static readonly Dictionary<string, Gender> Kin = new(StringComparer.Ordinal)
    {
        ["father"] = Gender.Male, ["dad"] = Gender.Male, ["daddy"] = Gender.Male, ["papa"] = Gender.Male, ["pa"] = Gender.Male,
        ["stepfather"] = Gender.Male, ["brother"] = Gender.Male, ["son"] = Gender.Male, ["husband"] = Gender.Male,
        ["grandfather"] = Gender.Male, ["grandpa"] = Gender.Male, ["grandad"] = Gender.Male, ["granddad"] = Gender.Male,
        ["uncle"] = Gender.Male, ["nephew"] = Gender.Male, ["boyfriend"] = Gender.Male, ["fiancé"] = Gender.Male,
        ["mother"] = Gender.Female, ["mum"] = Gender.Female, ["mom"] = Gender.Female, ["mummy"] = Gender.Female,
        ["mommy"] = Gender.Female, ["mama"] = Gender.Female, ["ma"] = Gender.Female, ["stepmother"] = Gender.Female,
        ["sister"] = Gender.Female, ["daughter"] = Gender.Female, ["wife"] = Gender.Female, ["grandmother"] = Gender.Female,
        ["grandma"] = Gender.Female, ["gran"] = Gender.Female, ["granny"] = Gender.Female, ["nan"] = Gender.Female,
        ["nana"] = Gender.Female, ["aunt"] = Gender.Female, ["auntie"] = Gender.Female, ["niece"] = Gender.Female,
        ["girlfriend"] = Gender.Female, ["fiancée"] = Gender.Female, ["widow"] = Gender.Female,
        ["cousin"] = Gender.Unknown, ["parent"] = Gender.Unknown, ["child"] = Gender.Unknown, ["partner"] = Gender.Unknown,
        ["friend"] = Gender.Unknown, ["baby"] = Gender.Unknown, ["twin"] = Gender.Unknown, ["sibling"] = Gender.Unknown,
    };

    // People the story does not name: whoever they are, their death is not a major character's.
    private static readonly Dictionary<string, Gender> PersonNouns = new(StringComparer.Ordinal)
    {
        ["man"] = Gender.Male, ["boy"] = Gender.Male, ["fellow"] = Gender.Male, ["gentleman"] = Gender.Male, ["lad"] = Gender.Male,
        ["guy"] = Gender.Male, ["bloke"] = Gender.Male, ["chap"] = Gender.Male, ["king"] = Gender.Male, ["priest"] = Gender.Male,
        ["woman"] = Gender.Female, ["girl"] = Gender.Female, ["lady"] = Gender.Female, ["lass"] = Gender.Female, ["queen"] = Gender.Female,
        ["stranger"] = Gender.Unknown, ["child"] = Gender.Unknown, ["kid"] = Gender.Unknown, ["baby"] = Gender.Unknown,
        ["person"] = Gender.Unknown, ["rider"] = Gender.Unknown, ["soldier"] = Gender.Unknown, ["driver"] = Gender.Unknown,
        ["officer"] = Gender.Unknown, ["constable"] = Gender.Unknown, ["doctor"] = Gender.Unknown, ["nurse"] = Gender.Unknown,
        ["surgeon"] = Gender.Unknown, ["patient"] = Gender.Unknown, ["sailor"] = Gender.Unknown, ["passenger"] = Gender.Unknown,
        ["pedestrian"] = Gender.Unknown, ["cyclist"] = Gender.Unknown, ["neighbour"] = Gender.Unknown, ["neighbor"] = Gender.Unknown,
        ["thief"] = Gender.Unknown, ["burglar"] = Gender.Unknown, ["guard"] = Gender.Unknown, ["worker"] = Gender.Unknown,
        ["inspector"] = Gender.Unknown, ["sergeant"] = Gender.Unknown, ["clerk"] = Gender.Unknown, ["student"] = Gender.Unknown,
        ["tourist"] = Gender.Unknown, ["victim"] = Gender.Unknown, ["prisoner"] = Gender.Unknown, ["gunman"] = Gender.Male,
        ["attacker"] = Gender.Unknown, ["smuggler"] = Gender.Unknown, ["fisherman"] = Gender.Male, ["actor"] = Gender.Unknown,
        ["actress"] = Gender.Female, ["singer"] = Gender.Unknown, ["boxer"] = Gender.Unknown, ["dog"] = Gender.Unknown,
        ["one"] = Gender.Unknown, ["someone"] = Gender.Unknown, ["somebody"] = Gender.Unknown, ["body"] = Gender.Unknown,
    };

    private static readonly HashSet<string> Determiners = new(["the", "a", "an", "this", "that", "another", "some", "one"], StringComparer.Ordinal);
    private static readonly HashSet<string> PossessiveDeterminers = new(["my", "his", "her", "their", "our", "your", "whose"], StringComparer.Ordinal);

    // The same tables, looked up by span: most words are read without making a string.
    private static readonly Dictionary<string, (Gender Gender, bool Possessive)>.AlternateLookup<ReadOnlySpan<char>> PronounOf = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> KinOf = Kin.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> PersonNounOf = PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsPlainDeterminer = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IsPossessiveDeterminer = PossessiveDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKinWord(string lower) => Kin.ContainsKey(lower);

    // The references of one sentence in text order. names: the known names found in it (canonical or the story's own).
    public static List<PersonRef> Find(Sentence sentence, IEnumerable<PersonRef> names)
    {
        var refs = new List<PersonRef>(names);
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var start = t.Start;
            var lower = Bare(t.LowerSpan);
            var kinNext = i + 1 < tokens.Count && KinOf.ContainsKey(Bare(tokens[i + 1].LowerSpan));
            if (Within(refs, start))
            {
                // "Julia's father": a relative of a named character.
                if (kinNext && t.LowerSpan.EndsWith("'s", StringComparison.Ordinal))
                {
                    refs.Add(Ref(PersonKind.Kin, t, tokens[i + 1], KinOf[Bare(tokens[i + 1].LowerSpan)], sentence));
                    i++;
                }
                continue;
            }
            // "his" and "her" before a relative belong to the relative ("her father"), claimed below.
            var word = Uncontracted(t.LowerSpan);
            if (PronounOf.TryGetValue(word, out var p) && !(kinNext && word is "his" or "her"))
            {
                refs.Add(new PersonRef(PersonKind.Pronoun, start, start + word.Length, p.Gender, null, p.Possessive, sentence.Index));
                continue;
            }
            // "Mum rings at seven", "Uncle Pete", "Grandma June": a relative called by the relation.
            if (t.Capitalized && KinOf.TryGetValue(lower, out var capital) && (i == 0 || !IsDeterminer(tokens[i - 1].LowerSpan)))
            {
                var end = i + 1 < tokens.Count && tokens[i + 1].Capitalized && !PronounOf.ContainsKey(tokens[i + 1].LowerSpan) ? i + 1 : i;
                refs.Add(Ref(PersonKind.Kin, tokens[i], tokens[end], capital, sentence));
                i = end;
                continue;
            }
            var possessor = t.LowerSpan.EndsWith("'s", StringComparison.Ordinal);
            if (!IsDeterminer(t.LowerSpan) && !possessor) continue;
            // A comparison names nobody: "wept like a boy", "as a man who".
            if (i > 0 && tokens[i - 1].LowerSpan is "like" or "as" or "than") continue;
            // A determiner, up to two describing words, then a relative or a person: "my own wife", "the big man".
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
            {
                var noun = Bare(tokens[k].LowerSpan);
                var kin = KinOf.TryGetValue(noun, out var g) && (IsPossessiveDeterminer.Contains(t.LowerSpan) || possessor);
                if (kin || IsPlainDeterminer.Contains(t.LowerSpan) && PersonNounOf.TryGetValue(noun, out g))
                {
                    refs.Add(Ref(kin ? PersonKind.Kin : PersonKind.Unnamed, t, tokens[k], g, sentence));
                    i = k;
                    break;
                }
                if (IsDeterminer(tokens[k].LowerSpan) || tokens[k].Capitalized) break;
            }
        }
        refs.Sort((a, b) => a.Start.CompareTo(b.Start));
        return refs;
    }

    private static bool Within(List<PersonRef> refs, int at)
    {
        foreach (var r in refs)
            if (r.Start <= at && at < r.End) return true;
        return false;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> lower) => IsPlainDeterminer.Contains(lower) || IsPossessiveDeterminer.Contains(lower);

    private static PersonRef Ref(PersonKind kind, Token first, Token last, Gender gender, Sentence sentence) =>
        new(kind, first.Start, last.Start + Bare(last.Span).Length, gender, null, last.LowerSpan.EndsWith("'s", StringComparison.Ordinal), sentence.Index);

    // "she's", "he'd", "she'll": the pronoun before the contraction.
    private static ReadOnlySpan<char> Uncontracted(ReadOnlySpan<char> lower)
    {
        var apostrophe = lower.IndexOf('\'');
        return apostrophe > 0 && lower[(apostrophe + 1)..] is "s" or "d" or "ll" or "ve" or "re" ? lower[..apostrophe] : lower;
    }

    public static string Bare(string token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal)) ? token[..^2] : token;

    public static ReadOnlySpan<char> Bare(ReadOnlySpan<char> token) =>
        token.Length > 2 && (token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal)) ? token[..^2] : token;
}
