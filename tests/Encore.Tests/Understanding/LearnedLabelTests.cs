using Encore.Tests.Support;
using Encore.Understanding;
using Encore.Understanding.Learned;

namespace Encore.Tests.Understanding;

// The learned layer: what it reads in a sentence, its model file, its training, and how a window it scores becomes a
// suggestion with evidence. Small hand-made models keep these independent of the shipped weights.
public class LearnedLabelTests
{
    private static List<string> Features(string sentence)
    {
        var names = new List<string>();
        var document = new TextDocument(sentence);
        foreach (var s in document.Sentences) LabelFeatures.Read(s, (hash, name) =>
        {
            Assert.Equal(LabelFeatures.Hash(name!), hash);
            names.Add(name!);
        }, names: true);
        return names;
    }

    [Fact]
    public void A_sentence_is_read_as_stems_and_a_negation_marks_the_words_after_it()
    {
        Assert.Equal(["she", "didn't", "!take", "!the", "!pill", "at", "#"], Features("She didn't take the pills at 9."));
        Assert.Equal(["he", "swallow", "every", "last", "one"], Features("He swallowed every last one."));
        // A plain suffix only: short words and double s stay whole.
        Assert.Equal(["kiss", "bed", "was"], Features("Kiss. Bed. Was."));
    }

    private static LabelModel Model(double threshold = 0.5, double depressionBias = -3, string first = ContentLabels.Violence,
        string second = ContentLabels.Depression, double? longThreshold = null) => new()
    {
        Labels = [first, second],
        Bias = [-2, depressionBias],
        Threshold = [threshold, 2],
        LongThreshold = [longThreshold ?? threshold, 2],
        FeatureNames = ["bruise", "label", "!hit"],
        FeatureIndex = new[] { "bruise", "label", "!hit" }.Select((n, i) => (LabelFeatures.Hash(n), i)).ToDictionary(p => p.Item1, p => p.i),
        LabelOf = [[0], [0, 1], [0]],
        Weights = [[3f], [0.5f, 4f], [-5f]],
    };

    [Fact]
    public void The_model_file_reads_back_as_written_even_a_feature_that_looks_like_a_header()
    {
        var written = new StringWriter();
        Model().Write(written, "a test model");
        var read = LabelModel.Read(new StringReader(written.ToString()));
        var again = new StringWriter();
        read.Write(again, "a test model");
        Assert.Equal(written.ToString(), again.ToString());
        Assert.Equal(["bruise", "label", "!hit"], read.FeatureNames);
    }

    [Fact]
    public void A_window_over_the_threshold_becomes_evidence_with_the_words_that_weighed()
    {
        // Forty words at least: a shorter text is too little for the model (a single line is not read).
        const string talk = Talk;
        var text = new TextDocument(talk + "There was a bruise on her arm. It was blue by morning.");
        var hit = Assert.Single(LearnedFinder.Read(text, new bool[text.Sentences.Count], Model()).Hits, h => h.Weight > 0);
        Assert.Equal(ContentLabels.Violence, hit.Label);
        Assert.Equal("There was a bruise on her arm.", hit.Sentence.Text);
        Assert.InRange(hit.Weight, 0.5, 0.65);
        Assert.EndsWith(": bruise", hit.Note);

        // Negated, staged, or under the threshold: nothing.
        var negated = new TextDocument(talk + "He did not hit her, and there was a bruise from the door.");
        Assert.Empty(LearnedFinder.Read(negated, new bool[negated.Sentences.Count], Model()).Hits);
        Assert.Empty(LearnedFinder.Read(text, [false, true, false], Model()).Hits);
        var brief = new TextDocument("There was a bruise on her arm.");
        Assert.Empty(LearnedFinder.Read(brief, [false], Model()).Hits);
        Assert.Empty(LearnedFinder.Read(text, new bool[text.Sentences.Count], Model(threshold: 0.9)).Hits);
    }

    private const string Talk = "They talked about the weather and the trains and the price of bread at the corner shop for a long while, " +
        "and about the play, and the new director, and whether the roof would hold through another winter of rain. ";

    [Fact]
    public void In_a_long_text_a_label_one_window_alone_reaches_is_chance_and_one_two_windows_reach_is_a_scene()
    {
        var talk = string.Concat(Enumerable.Repeat(Talk, 12));
        // At the very start, the sentence is in the first window only; in the middle, in the two that overlap there.
        var alone = new TextDocument("There was a bruise on her arm. " + talk);
        Assert.Empty(LearnedFinder.Read(alone, new bool[alone.Sentences.Count], Model()).Hits);
        var scene = new TextDocument(talk[..(Talk.Length * 6)] + "There was a bruise on her arm. " + talk[(Talk.Length * 6)..]);
        Assert.Equal("There was a bruise on her arm.", Assert.Single(LearnedFinder.Read(scene, new bool[scene.Sentences.Count], Model()).Hits,
            h => h.Weight > 0).Sentence.Text);
        // A passage's length is read as the model was measured: one window is enough.
        var passage = new TextDocument("There was a bruise on her arm. " + Talk + Talk);
        Assert.Single(LearnedFinder.Read(passage, new bool[passage.Sentences.Count], Model()).Hits, h => h.Weight > 0);
        // A long text is held to the long-text threshold (the bruise's window gives 0.73), a passage is not.
        Assert.Empty(LearnedFinder.Read(scene, new bool[scene.Sentences.Count], Model(longThreshold: 0.8)).Hits);
        Assert.Single(LearnedFinder.Read(passage, new bool[passage.Sentences.Count], Model(longThreshold: 0.8)).Hits, h => h.Weight > 0);
    }

    [Fact]
    public void A_rule_whose_label_the_model_finds_no_trace_of_in_a_passage_is_doubted()
    {
        // Depression's bias alone gives 0.007 in every window; Violence reaches 0.73 where the bruise is.
        var model = Model(depressionBias: -5);
        Suggestion Rule(string label) => new(ContentLabels.TypeOf(label), label, 0.9, []);
        var passage = new TextDocument("There was a bruise on her arm. " + Talk);
        var reading = LearnedFinder.Read(passage, new bool[passage.Sentences.Count], model);
        Assert.True(reading.Doubts(Rule(ContentLabels.Depression)));
        Assert.False(reading.Doubts(Rule(ContentLabels.Violence)));
        Assert.False(reading.Doubts(Rule(ContentLabels.EatingDisorders)));
        // At the line: 0.02 is a trace, just under it is none.
        Assert.False((reading with { Peak = [0.5, LearnedReading.DoubtBelow] }).Doubts(Rule(ContentLabels.Depression)));
        Assert.True((reading with { Peak = [0.5, LearnedReading.DoubtBelow - 0.0001] }).Doubts(Rule(ContentLabels.Depression)));

        // Major Character Death is judged by Character Death's reading, not its own.
        var deaths = new LearnedReading(Model(first: ContentLabels.CharacterDeath, second: ContentLabels.MajorCharacterDeath), [], [0.01, 0.5]);
        Assert.True(deaths.Doubts(Rule(ContentLabels.MajorCharacterDeath)));
        Assert.False((deaths with { Peak = [0.5, 0.01] }).Doubts(Rule(ContentLabels.MajorCharacterDeath)));
        // The warnings of sexual abuse are never withdrawn.
        var abuse = new LearnedReading(Model(first: ContentLabels.RapeNonCon, second: ContentLabels.UnderageSex), [], [0.001, 0.001]);
        Assert.False(abuse.Doubts(Rule(ContentLabels.RapeNonCon)));
        Assert.False(abuse.Doubts(Rule(ContentLabels.UnderageSex)));

        // Too short to read, or longer than the passages the doubt was measured on: the rule stands.
        var line = new TextDocument("She stayed in bed for a week.");
        Assert.False(LearnedFinder.Read(line, [false], model).Doubts(Rule(ContentLabels.Depression)));
        var story = new TextDocument(string.Concat(Enumerable.Repeat(Talk, 12)));
        Assert.False(LearnedFinder.Read(story, new bool[story.Sentences.Count], model).Doubts(Rule(ContentLabels.Depression)));
    }

    [Fact]
    public void A_doubted_label_that_a_kept_one_implies_stays()
    {
        Suggestion Rule(string label) => new(ContentLabels.TypeOf(label), label, 0.9, []);
        var reading = new LearnedReading(Model(first: ContentLabels.SuicideAttempt, second: ContentLabels.SuicidalThoughts), [], [0.5, 0.001]);
        List<Suggestion> content = [Rule(ContentLabels.SuicideAttempt), Rule(ContentLabels.SuicidalThoughts)];
        reading.Withdraw(content);
        Assert.Equal([ContentLabels.SuicideAttempt, ContentLabels.SuicidalThoughts], content.Select(c => c.Tag));

        content = [Rule(ContentLabels.SuicidalThoughts)];
        reading.Withdraw(content);
        Assert.Empty(content);
        content = [Rule(ContentLabels.SuicideAttempt), Rule(ContentLabels.SuicidalThoughts)];
        (reading with { Peak = [0.001, 0.001] }).Withdraw(content);
        Assert.Empty(content);
    }

    // The analyser asks the second opinion: the rules find a diagnosis and a death in this passage.
    [Fact]
    public void The_analyser_withdraws_what_the_model_doubts()
    {
        const string passage = "She had been diagnosed with depression in March. Her brother died in the crash in April, and she " +
            "still set his place at the table every night. " + Talk;
        List<string> Labels(LabelModel model) => new TextAnalyzer(KnowledgeBase.Shipped(), model)
            .Analyze(new AnalysisInput { Text = passage, Fandoms = ["Original Work"] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content).Select(s => s.Tag).Order().ToList();
        Assert.Equal([ContentLabels.CharacterDeath, ContentLabels.Depression], Labels(LabelModel.None));

        // No label reaches a threshold (2): only the peaks speak. Depression at 0.007 is no trace, at 0.5 is one.
        LabelModel Peaks(double depressionBias) => new()
        {
            Labels = [ContentLabels.CharacterDeath, ContentLabels.Depression],
            Bias = [0, depressionBias], Threshold = [2, 2], LongThreshold = [2, 2],
            FeatureNames = [], FeatureIndex = [], LabelOf = [], Weights = [],
        };
        Assert.Equal([ContentLabels.CharacterDeath], Labels(Peaks(-5)));
        Assert.Equal([ContentLabels.CharacterDeath, ContentLabels.Depression], Labels(Peaks(0)));
    }

    [Fact]
    public void Training_gives_the_same_model_every_time_and_learns_what_the_passages_share()
    {
        var items = Enumerable.Range(0, 40).Select(i => new EvaluationItem($"T{i:00}", "t.txt", "Original Work",
            i % 2 == 0 ? [ContentLabels.Violence] : [], null, null,
            i % 2 == 0 ? $"Day {i}. He punched the wall and then punched his brother hard." : $"Day {i}. They baked bread and sang in the kitchen.")).ToList();
        string Trained()
        {
            var writer = new StringWriter();
            LabelTrainer.Train(items, [ContentLabels.Violence]).Model.Write(writer, "test");
            return writer.ToString();
        }
        var first = Trained();
        Assert.Equal(first, Trained());
        var (model, report) = LabelTrainer.Train(items, [ContentLabels.Violence]);
        Assert.True(model.Weights[Array.IndexOf(model.FeatureNames, "punch")][0] > 0);
        Assert.True(model.Weights[Array.IndexOf(model.FeatureNames, "bread")][0] < 0);
        Assert.Equal(20, Assert.Single(report).TruePositives);
    }

    [Fact]
    public void The_shipped_model_knows_every_label()
    {
        Assert.Equal(ContentLabels.All.Order(), LabelModel.Default.Labels.Order());
        Assert.All(LabelModel.Default.Threshold, t => Assert.True(t is >= 0.3 and <= 0.99 or 2));
        // A long text's threshold is never laxer than a passage's.
        Assert.All(LabelModel.Default.Threshold.Zip(LabelModel.Default.LongThreshold), t => Assert.True(t.Second >= t.First));
    }

    // The shipped weights are what training on the named folders gives today: a change to what the layer reads (a
    // feature, a staging rule) that is not followed by training again fails here, not silently in the figures.
    [Fact]
    public void The_shipped_model_is_what_training_writes_today()
    {
        var items = LabelTrainer.Passages(LabelTrainer.Folders.Select(f => Path.Combine(RepoPaths.Root, f)));
        var writer = new StringWriter();
        LabelTrainer.Train(items, ContentLabels.All).Model.Write(writer, LabelTrainer.Header(LabelTrainer.Folders, items.Count));
        using var stream = typeof(LabelModel).Assembly.GetManifestResourceStream("Encore.Understanding.Learned.labels.model")!;
        var shipped = new StreamReader(stream).ReadToEnd();
        Assert.True(shipped == writer.ToString(), "labels.model differs from a fresh training run: run `bench -- train-labels " +
            string.Join(' ', LabelTrainer.Folders) + "`, then measure the evaluation again");
    }
}
