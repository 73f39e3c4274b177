using Encore.Understanding;

namespace Encore.Tests.Understanding;

// Signs told by what they leave behind (AftermathRules), in words other than the evaluation set's, and the
// near-misses that look like them.
public class AftermathTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static List<string> Labels(string text) =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = ["Original Work"] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content).Select(s => s.Tag).ToList();

    [Theory]
    [InlineData("Her prescription had run out in March, but she still took two every night.", ContentLabels.DrugUse)]
    [InlineData("There was a pill bottle on the nightstand with somebody else's name on the label.", ContentLabels.DrugUse)]
    [InlineData("He kept the oxy in an old tobacco tin at the back of the drawer. A mate who knew a guy kept him supplied.", ContentLabels.DrugUse)]
    [InlineData("The kit lay open on the table and his sleeve was pushed up to the elbow. He swore he would never touch the stuff again.", ContentLabels.DrugUse)]
    [InlineData("The powder had been sold to him as something weaker. Nobody found him until the morning.", ContentLabels.DrugOverdose)]
    [InlineData("Before lunch she had already poured herself a second gin.", ContentLabels.AlcoholAbuse)]
    [InlineData("His breath smelled of whisky again when he picked the kids up from school.", ContentLabels.AlcoholAbuse)]
    [InlineData("They owed the off-licence sixty pounds. He came home drunk again, past two.", ContentLabels.AlcoholAbuse)]
    [InlineData("She woke up in intensive care with her brother holding her hand. For months she had wanted to die.", ContentLabels.SuicideAttempt)]
    [InlineData("He was ashamed he had tried, and more ashamed that it had not worked.", ContentLabels.SuicideAttempt)]
    [InlineData("It would be a relief to stop, she thought, standing on the platform.", ContentLabels.SuicidalThoughts)]
    [InlineData("The world would go on perfectly well without me.", ContentLabels.SuicidalThoughts)]
    [InlineData("By the second winter he had begun to think about dying.", ContentLabels.SuicidalThoughts)]
    [InlineData("She tugged his jumper over his head and kissed him hard.", ContentLabels.SexualContent)]
    [InlineData("Later, tangled together under the duvet, neither of them said a word.", ContentLabels.SexualContent)]
    [InlineData("\"I've already eaten,\" he said, which wasn't true.", ContentLabels.EatingDisorders)]
    [InlineData("The back of her husband's hand caught her across the cheek.", ContentLabels.Violence)]
    [InlineData("He saw the cuts on his brother's forearms, some of them fresh.", ContentLabels.SelfHarm)]
    [InlineData("It was months of the grey flat nothing of the depression.", ContentLabels.Depression)]
    public void Finds_signs_told_by_their_aftermath(string text, string label) =>
        Assert.Contains(label, Labels(text));

    [Theory]
    [InlineData("Before lunch she drank two cups of coffee and answered her email.", ContentLabels.AlcoholAbuse)]
    [InlineData("They put the drinks on the bar tab and went home at ten.", ContentLabels.AlcoholAbuse)]
    [InlineData("He woke up in hospital after the crash, with a broken leg and no memory of the motorway.", ContentLabels.SuicideAttempt)]
    [InlineData("She was glad she had tried the soup.", ContentLabels.SuicideAttempt)]
    [InlineData("\"You are not a burden,\" she said firmly, \"and I won't hear it.\"", ContentLabels.SuicidalThoughts)]
    [InlineData("There's no point in trying to reason with him before coffee.", ContentLabels.SuicidalThoughts)]
    [InlineData("The dresser pulled the dress over her head for the quick change in the wings.", ContentLabels.SexualContent)]
    [InlineData("The puppies slept tangled together on the sofa.", ContentLabels.SexualContent)]
    [InlineData("She hid the pills from him so he couldn't take them all at once.", ContentLabels.DrugUse)]
    [InlineData("Her prescription ran out, but the doctor renewed it the same afternoon.", ContentLabels.DrugUse)]
    [InlineData("Her palm met his cheek softly, and she smiled.", ContentLabels.Violence)]
    [InlineData("A guy who knew a guy got us tickets for the matinee.", ContentLabels.DrugUse)]
    public void Passes_over_near_misses(string text, string label) =>
        Assert.DoesNotContain(label, Labels(text));

    [Fact]
    public void A_suicide_attempt_with_medicine_is_an_overdose_and_one_by_other_means_is_not()
    {
        var pills = Labels("In March she swallowed every one of her mother's sleeping pills, and I found her on the landing.");
        Assert.Contains(ContentLabels.SuicideAttempt, pills);
        Assert.Contains(ContentLabels.DrugOverdose, pills);
        var bridge = Labels("In March she jumped from the bridge, and a fisherman pulled her out of the river.");
        Assert.Contains(ContentLabels.SuicideAttempt, bridge);
        Assert.DoesNotContain(ContentLabels.DrugOverdose, bridge);
    }

    [Theory]
    [InlineData("He lay on the sofa with his face to the wall for a week, neither eating nor speaking. \"What is the use of any of it?\" he said once.", ContentLabels.Depression)]
    [InlineData("The surgeon came out to the relatives' room at four and sat down before she spoke.", ContentLabels.Hospitalization)]
    public void Finds_withdrawal_and_the_rooms_of_a_hospital(string text, string label) =>
        Assert.Contains(label, Labels(text));

    [Theory]
    [InlineData("He lost his brother on the table at the poker game, fifty quid on a bluff.", ContentLabels.Hospitalization)]
    [InlineData("He turned to the wall to hang the picture, and she laughed at the angle.", ContentLabels.Depression)]
    public void Passes_over_tables_and_walls_that_are_only_furniture(string text, string label) =>
        Assert.DoesNotContain(label, Labels(text));

    [Fact]
    public void An_age_is_a_characters_even_beside_someone_else()
    {
        // "with a girl from the year above" reads as a stranger, but the age is his.
        var labels = Labels("He told her about his first time like it was a joke. He was fourteen, in the back of a car, with a girl from the year above.");
        Assert.Contains(ContentLabels.UnderageSex, labels);
    }

    [Fact]
    public void An_age_a_few_short_lines_from_a_first_time_is_underage_sex()
    {
        var labels = Labels("\"Your first time,\" she asked, \"what was it like?\" He laughed. \"God, no.\" \"Go on.\" \"I was fifteen, and so was she.\"");
        Assert.Contains(ContentLabels.UnderageSex, labels);
    }
}
