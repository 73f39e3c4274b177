using Encore.Understanding;

namespace Encore.Tests.Understanding;

// The second layer of evidence (TopicFinder): a label's semantic field read over a few sentences, and the frames that
// keep it from firing on near-misses. Written in words of their own, not the evaluation sets'.
public class TopicTests
{
    // The rules and fields alone: the learned layer, which can agree with a field and raise its confidence, has its own tests.
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped(), Encore.Understanding.Learned.LabelModel.None);

    private static List<Suggestion> Content(string text) =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = ["Original Work"] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content).ToList();

    private static List<string> Labels(string text) => Content(text).Select(s => s.Tag).ToList();

    private const string Restricting =
        "Priya cut the toast into sixteen squares and moved them around the plate until her mother left the kitchen. " +
        "Then she wrapped them in a napkin and put them in her bag. At school she drank black coffee and chewed gum through lunch. " +
        "She counted everything she did eat, and at night she stood on the scales twice, and the number was never small enough. " +
        "Her jeans hung off her hips now, and she was always cold.";

    [Fact]
    public void Several_words_of_a_field_together_suggest_its_label_below_a_rules_confidence_and_say_which_words()
    {
        var eating = Assert.Single(Content(Restricting), s => s.Tag == ContentLabels.EatingDisorders);
        Assert.InRange(eating.Confidence, 0.5, 0.65);
        Assert.StartsWith("several words of the topic together", eating.Note);
        Assert.Contains("napkin", eating.Note);
        Assert.NotEmpty(eating.Evidence);
        foreach (var e in eating.Evidence) Assert.Equal(Restricting[e.Start..e.End], e.Quote);
    }

    [Fact]
    public void Excuses_and_control_around_bruises_are_domestic_abuse()
    {
        var labels = Labels("Ana pulled her sleeve down over the bruises before I could look properly. \"He didn't mean to,\" she said. " +
            "\"It was my fault, I was late again. He's under a lot of stress at work.\" She said he checks her phone now, so she " +
            "doesn't answer my messages. \"It's fine. He's usually so sweet.\"");
        Assert.Contains(ContentLabels.DomesticAbuse, labels);
    }

    [Theory]
    // One half of a field alone: food without restriction.
    [InlineData("Dinner was roast chicken, and Priya ate two plates of it. Her mother had made a cake too, and they ate it in front " +
        "of the television, with a spoon each, straight from the tin. Afterwards Priya went upstairs, weighed her suitcase for the " +
        "flight, and packed the rest of the biscuits.", ContentLabels.EatingDisorders)]
    // Sickness empties a stomach and takes an appetite.
    [InlineData("The whole cast went down with a stomach bug in the second week of tech. Priya spent the night throwing up, and for " +
        "two days she couldn't eat more than a bite of dry toast. She skipped lunch and drank flat lemonade. By Friday her appetite " +
        "was back and she ate a plate of chips at the stage door, and felt human again.", ContentLabels.EatingDisorders)]
    // Negated cues do not count.
    [InlineData("She didn't skip meals. She never counted calories, never hid food in a napkin, and never stood on the scales.", ContentLabels.EatingDisorders)]
    // A wound another gave, told sentences after the blow, is not self-harm.
    [InlineData("The man punched him twice in the face and ran off with his wallet. Tom sat on the kerb, dazed, with blood on his " +
        "sleeve. Later, at home, he rolled up his sleeve to look at the cut on his forearm from the fall, and hid the marks from " +
        "his flatmate so she wouldn't worry. It stung when he washed it, again and again.", ContentLabels.SelfHarm)]
    // A shared bed with nothing in it.
    [InlineData("The hotel had only one room left, so Marta and Ben shared the bed, back to back, with a pillow between them. " +
        "She was breathless from the stairs and fell asleep at once. In the morning he had stolen the duvet and she kicked him.", ContentLabels.SexualContent)]
    // A kiss and no more.
    [InlineData("He kissed her at the stage door, quick, his hand at her neck, and her lips were cold. Then he said goodnight " +
        "and walked to the subway, and she went home and made tea and did not sleep at all for thinking about it.", ContentLabels.SexualContent)]
    public void Passes_over_near_misses(string text, string label) =>
        Assert.DoesNotContain(label, Labels(text));

    // Sex on the page is mostly written without the plain words: clothes undone, bodies, the act's rhythm, the after.
    [Fact]
    public void A_scene_told_by_bodies_and_clothes_is_sexual_content()
    {
        var labels = Labels("Marta got his belt open on the third try and he laughed into her neck. \"Don't stop,\" she said. " +
            "He didn't. Her skirt was rucked up round her waist and the lamp was still on and neither of them cared. Later she " +
            "lay with her head on his chest, breathless, the sheets kicked to the floor.");
        Assert.Contains(ContentLabels.SexualContent, labels);
    }

    [Fact]
    public void A_death_heard_in_a_broadcast_is_a_strangers()
    {
        var labels = Labels("The radio in the kitchen was reading the eight o'clock news while we ate. A man had been stabbed outside a " +
            "nightclub in Leeds. He was pronounced dead at the scene. Police were appealing for witnesses.");
        Assert.DoesNotContain(ContentLabels.CharacterDeath, labels);
        Assert.DoesNotContain(ContentLabels.Violence, labels);
    }

    [Fact]
    public void Stage_blood_is_a_performance()
    {
        var labels = Labels("Jimmy took the knife in the stomach the way the fight director had taught him. The blood pack burst on cue, " +
            "and stage blood soaked his shirt. He died in her arms in the last eight bars.");
        Assert.DoesNotContain(ContentLabels.CharacterDeath, labels);
        Assert.DoesNotContain(ContentLabels.Violence, labels);
    }

    [Fact]
    public void Shes_gone_where_a_body_failed_is_a_death_and_gone_home_is_not()
    {
        Assert.Contains(ContentLabels.CharacterDeath, Labels("Mum had been in the hospice for a week. On Thursday her breathing slowed " +
            "and the gaps between the breaths grew longer. At six the nurse put a hand on my shoulder. \"She's gone, love,\" she said."));
        Assert.DoesNotContain(ContentLabels.CharacterDeath, Labels("The nurse came round at six with the tea trolley. \"Where's your mum?\" " +
            "she asked. \"She's gone home,\" I said. \"She'll be back for visiting hours tomorrow.\""));
    }

    [Theory]
    [InlineData("He went down on the cobbles with a grunt when he slipped on the ice.", ContentLabels.SexualContent)]
    [InlineData("Holmes filled his clay with the blackest of his shag.", ContentLabels.SexualContent)]
    [InlineData("Her ribbon came undone in the wind.", ContentLabels.SexualContent)]
    [InlineData("\"And then he wanted to have sex and I said no.\"", ContentLabels.SexualContent)]
    [InlineData("\"If the review is bad,\" Julia said, \"I swear I'll kill myself.\"", ContentLabels.SuicidalThoughts)]
    [InlineData("She shoved her reading glasses up into her hair.", ContentLabels.Violence)]
    [InlineData("The door slammed like a gunshot.", ContentLabels.Violence)]
    [InlineData("They kissed for hours, and she did not, at any point, want to stop.", ContentLabels.SuicidalThoughts)]
    public void Idioms_and_asides_are_not_signs(string text, string label) =>
        Assert.DoesNotContain(label, Labels(text));
}
