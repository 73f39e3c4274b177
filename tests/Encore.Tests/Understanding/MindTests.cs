using Encore.Understanding;
using static Encore.Understanding.ContentLabels;

namespace Encore.Tests.Understanding;

// Self-harm, suicidal thoughts, depression and overdoses told without naming them (MindRules), and the near-misses
// beside them. Written in words of their own, not eval/dev6's.
public class MindTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static List<string> Labels(string text) =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = ["Original Work"] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content && s.Confidence >= 0.5).Select(s => s.Tag).ToList();

    [Theory]
    [InlineData("He rolled up his sleeve at the sink and Maya saw the ladder of neat pale lines climbing his forearm. Old silvery scars sat under newer red ones.")]
    [InlineData("She had carved the letters into her own thigh with a compass point during maths.")]
    [InlineData("Every night he unscrewed the little blade from a pencil sharpener. He kept the blade in a mint tin under his mattress, folded in tissue.")]
    public void Marks_in_rows_old_beside_new_and_a_blade_taken_apart_are_self_harm(string text) =>
        Assert.Contains(SelfHarm, Labels(text));

    [Theory]
    [InlineData("For the musical she was playing a girl who hurt herself, and the make-up artist drew thin lines up her forearm in eyeliner.")]
    [InlineData("He wore long sleeves all through August because of his eczema, and the scar on his wrist was from falling off a bike.")]
    public void A_role_and_sleeves_for_eczema_are_not_self_harm(string text) =>
        Assert.DoesNotContain(SelfHarm, Labels(text));

    [Theory]
    [InlineData("Most nights Carl prayed, without much feeling, that he would not wake up.")]
    [InlineData("\"You'd all be better off,\" she told her brother. \"I mean it.\"")]
    [InlineData("Her phone's history was a list: how many sleeping tablets is lethal, tallest bridges near Leeds.")]
    public void Hoping_not_to_wake_better_off_and_methods_looked_up_are_suicidal_thoughts(string text) =>
        Assert.Contains(SuicidalThoughts, Labels(text));

    [Theory]
    [InlineData("\"You'd be better off asking Tom,\" she said, and went back to her crossword.")]
    [InlineData("Before the move to Canada he gave away his records and his guitar, and threw a party in the empty flat.")]
    [InlineData("For the detective novel she looked up a lethal dose of digoxin, then killed off the butler.")]
    public void Advice_a_move_abroad_and_a_novel_are_not_suicidal_thoughts(string text) =>
        Assert.DoesNotContain(SuicidalThoughts, Labels(text));

    [Fact]
    public void The_grey_coming_back_and_a_bed_not_left_since_sunday_are_depression() =>
        Assert.Contains(Depression, Labels("The grey had come back with the clocks going back. By Friday Sam had not been out of bed since Sunday, " +
            "and the curtains stayed shut."));

    [Fact]
    public void A_lazy_saturday_is_not_depression() =>
        Assert.DoesNotContain(Depression, Labels("Lou slept until eleven on Saturday, stayed in her pyjamas and watched films all afternoon. " +
            "On Sunday she went climbing."));

    [Theory]
    [InlineData("In A&E a nurse held out a beaker. \"Charcoal,\" she said. \"Drink all of it.\"")]
    [InlineData("They found him unresponsive on the kitchen floor, an empty bottle of pills by his hand.")]
    public void Charcoal_in_hospital_and_found_unresponsive_with_pills_are_an_overdose(string text) =>
        Assert.Contains(DrugOverdose, Labels(text));

    [Theory]
    [InlineData("The vet gave the puppy activated charcoal after it ate the raisins, and a nurse kept it in overnight.")]
    [InlineData("The whole office did the naloxone training on Tuesday afternoon, with biscuits.")]
    public void A_dog_at_the_vet_and_a_training_course_are_not_an_overdose(string text) =>
        Assert.DoesNotContain(DrugOverdose, Labels(text));

    [Theory]
    [InlineData("He had run a hosepipe from the exhaust into the car and sat in the garage with the engine running.")]
    [InlineData("She walked into the river with her coat pockets full of stones.")]
    public void Fumes_piped_in_and_stones_in_the_pockets_are_attempts(string text) =>
        Assert.Contains(SuicideAttempt, Labels(text));

    [Fact]
    public void A_first_time_said_to_be_awful_between_two_sixteen_year_olds_is_underage_sex() =>
        Assert.Contains(UnderageSex, Labels("They were both sixteen that spring. In the back of her brother's van she thought: " +
            "everyone says your first time is awful. It wasn't."));
}
