namespace Encore.Understanding;

// A label's semantic field, in two halves: words of the topic itself (calories, scales, bones) and words of the
// harm or habit that makes it the label (skipped meals, hid the food, made herself sick). Either half alone is
// ordinary prose: a diet, a dinner, a nurse. Several distinct words from both halves within a few sentences are
// the way writers tell a thing without naming it, and TopicFinder suggests the label from them, below the
// confidence of a rule that reads the thing stated.
//
// A cue is one or more words; a word ending in '*' matches any word beginning with it. A cue of weight 0.5 is
// written with ":5" after it ("diet*:5"); otherwise it weighs 1.
internal sealed class TopicField
{
    public string Label { get; }
    public Cue[] Cues { get; }
    // The weight the distinct cues of a window must reach, with at least one from each half.
    public double Needed { get; }
    // How many sentences a window spans: a mood or a habit is told over a whole scene, an act in a few sentences.
    public int Span { get; }
    // Which of the rules' scopes cancel a cue: thoughts of dying are told as what would be, so not suppositions.
    public Scope Scope { get; }
    // The weight the sign half alone must reach: a wound is self-harm only when something says it was self-given.
    public double SignNeeded { get; }

    public TopicField(string label, double needed, string[] topic, string[] sign, int span = 4, Scope scope = Scope.All, double signNeeded = 0.5)
    {
        SignNeeded = signNeeded;
        Label = label;
        Needed = needed;
        Span = span;
        Scope = scope;
        Cues = [.. topic.Select(c => Cue.Parse(c, sign: false)), .. sign.Select(c => Cue.Parse(c, sign: true))];
    }

    public sealed record Cue(string Text, string[] Words, double Weight, bool Sign)
    {
        public static Cue Parse(string written, bool sign)
        {
            var weight = 1.0;
            var colon = written.LastIndexOf(':');
            if (colon > 0)
            {
                weight = int.Parse(written[(colon + 1)..]) / 10.0;
                written = written[..colon];
            }
            return new Cue(written.TrimEnd('*'), written.Split(' '), weight, sign);
        }

        private readonly string[] _bare = Words.Select(w => w.TrimEnd('*')).ToArray();
        private readonly bool[] _prefix = Words.Select(w => w.EndsWith('*')).ToArray();

        // Whether the first word is matched whole (looked up by the whole token) or as a beginning.
        public bool FirstIsPrefix => _prefix[0];

        // Whether the sentence's words from index start are this cue's words.
        public bool At(TokenList tokens, int start)
        {
            if (start + Words.Length > tokens.Count) return false;
            for (var k = 0; k < Words.Length; k++)
            {
                var token = tokens[start + k].LowerSpan;
                if (!(_prefix[k] ? token.StartsWith(_bare[k], StringComparison.Ordinal) : token.SequenceEqual(_bare[k]))) return false;
            }
            return true;
        }

        // The word a token must begin with for this cue to start there: the index key.
        public string FirstStem => Words[0].TrimEnd('*');
    }
}
