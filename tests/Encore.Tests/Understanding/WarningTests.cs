using Encore.Understanding;
using static Encore.Understanding.ContentLabels;

namespace Encore.Tests.Understanding;

// The weakest labels on unseen text (WarningRules, and the scene and intent reading in ContentFinder): how an attempt
// is narrated, an overdose found in time, a minor's age said many ways, and the near-misses beside them. Written in
// words of their own, not the evaluation sets'.
public class WarningTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static List<string> Labels(string text) =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = ["Original Work"] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content && s.Confidence >= 0.5).Select(s => s.Tag).ToList();

    [Theory]
    [InlineData("Marcus counted them out on the bathroom floor. He swallowed every last one with warm beer.")]
    [InlineData("She climbed over the railing at two in the morning. She jumped off the Ashford Street bridge with her coat still buttoned.")]
    [InlineData("The first time, I used my dad's belt and the hook on the back of the door, and the hook gave way with the belt still round my neck.")]
    [InlineData("On Saturday night Kim took all her antidepressants with a glass of water and lay down on the bed.")]
    public void An_attempt_told_by_what_was_done_is_a_suicide_attempt(string text) =>
        Assert.Contains(SuicideAttempt, Labels(text));

    [Fact]
    public void An_overdose_with_a_note_left_beside_it_is_an_attempt_and_a_stomach_pumped_is_an_overdose()
    {
        var labels = Labels("Dana found him grey on the sofa with a note propped against the lamp. He had overdosed on his mother's " +
            "sleeping pills. At the hospital they pumped Leo's stomach twice.");
        Assert.Contains(SuicideAttempt, labels);
        Assert.Contains(DrugOverdose, labels);
    }

    [Theory]
    [InlineData("Some nights Priya stood at the counter with the pill box open and thought about how easy it would be to take them all. She never did.")]
    [InlineData("Gran took all her lithium every morning with her porridge, and then did the crossword.")]
    [InlineData("We jumped off the harbour wall into the sea for a dare, and the water was freezing.")]
    public void Thinking_of_it_a_daily_dose_and_a_dare_are_not_attempts(string text) =>
        Assert.DoesNotContain(SuicideAttempt, Labels(text));

    [Theory]
    [InlineData("Leo and Hana were both sixteen that spring, and her parents were away. They slept together for the first time in her room.")]
    [InlineData("\"You're fifteen,\" her sister hissed. \"Fifteen, Maddie.\" Maddie rolled her eyes. She had been sleeping with Josh since the summer.")]
    [InlineData("I was a sophomore and neither of us was old enough to vote. We had sex twice that night in his parents' basement.")]
    public void A_minors_age_said_in_ordinary_ways_beside_sex_is_underage_sex(string text) =>
        Assert.Contains(UnderageSex, Labels(text));

    [Fact]
    public void A_minors_age_and_plain_sex_in_the_same_scene_are_underage_sex_though_sentences_apart()
    {
        var text = "Tom and Ayesha were both seventeen and had been going out since Easter. They had talked about it for weeks. " +
            "\"Are you sure?\" \"Yes.\" \"Really sure?\" \"Yes, idiot.\" The lamp fell over. Somebody laughed. It was awkward. " +
            "It was lovely. The dog barked downstairs. The box of condoms was still unopened on the shelf, then it wasn't. " +
            "Afterwards they lay tangled together under her duvet.";
        Assert.Contains(UnderageSex, Labels(text));
    }

    [Theory]
    [InlineData("When she was fifteen her family moved to Leeds. Twenty years later she went back for a conference. She met Sam at the bar. They had sex in his room.")]
    [InlineData("Carla was thirty-one but looked young; bartenders still asked for her ID. They slept together in her narrow bed.")]
    public void An_age_long_past_or_an_adult_who_looks_young_is_not_underage_sex(string text)
    {
        var labels = Labels(text);
        Assert.Contains(SexualContent, labels);
        Assert.DoesNotContain(UnderageSex, labels);
    }

    [Theory]
    [InlineData("Tariq died four times on the last level before he threw the controller at the sofa. His character respawned at the checkpoint.")]
    [InlineData("For nine days before the results came back, Rosa planned her own funeral, hymns and all. Then the letter said benign.")]
    [InlineData("\"She died out there,\" he said of the audition. \"She actually died.\" Then he went for a coffee.")]
    public void A_game_a_funeral_planned_by_the_living_and_a_repeated_idiom_are_not_deaths(string text) =>
        Assert.DoesNotContain(CharacterDeath, Labels(text));
}
