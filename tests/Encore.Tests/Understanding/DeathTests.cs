using Encore.Understanding;

namespace Encore.Tests.Understanding;

// Deaths told obliquely or after the fact, the deaths a story dwells on, and the figures of speech that only look
// like a death (DeathRules, WhoDies.Focus, StoryNames.IsFocal).
public class DeathTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static List<string> Labels(string text, string fandom = "Original Work") =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = [fandom] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content).Select(s => s.Tag).ToList();

    [Theory]
    [InlineData("We buried Grandad on a Thursday in the rain, and nobody said much at the wake.")]
    [InlineData("She had been a widow for a month and still laid the table for two.")]
    [InlineData("The little coffin was carried out by her father alone.")]
    [InlineData("He would have been six in June. His mother kept his wellies by the door.")]
    [InlineData("Her brother identified the body from a ring she had worn since school.")]
    [InlineData("The monitor gave one long flat tone, and the nurse reached over and turned it off.")]
    [InlineData("The fever that came with the first frost took her in a single night.")]
    [InlineData("Josh had been gone since the crash, and the house was too quiet.")]
    [InlineData("Every Sunday she visits his grave with a thermos and tells him the football scores.")]
    [InlineData("\"Natural causes,\" the constable said. \"Very peaceful. In his chair.\"")]
    [InlineData("We buried Lena at the edge of the field because the ground was soft there.")]
    [InlineData("Her eyes held his a moment longer, and then were still.")]
    public void An_oblique_death_is_a_character_death(string text) =>
        Assert.Contains(ContentLabels.CharacterDeath, Labels(text));

    [Theory]
    [InlineData("\"Over my dead body,\" she said, and took the last biscuit.")]
    [InlineData("She passed on the message to the director and went home.")]
    [InlineData("The younger ones followed in her wake, giggling.")]
    [InlineData("He drowned his sorrows at the bar and walked home singing.")]
    [InlineData("The test was dead easy, honestly.")]
    [InlineData("They watched the film in silence. In the last scene the old captain died at the wheel.")]
    [InlineData("\"Technically I died,\" he told them, grinning from the bed.")]
    [InlineData("Her mother had died when she was two, and her father raised her on fish fingers and kindness.")]
    [InlineData("For three hours she was sure he was dead. Then he walked in with a foil blanket round him.")]
    [InlineData("My wizard died when I rolled a one, and the whole table groaned.")]
    [InlineData("The garden was buried under snow, and the cat refused to go out.")]
    [InlineData("She visited the grave of the unknown soldier on the school trip and bought a postcard.")]
    [InlineData("His eyes were still on the stage when the curtain came down.")]
    [InlineData("We buried the time capsule at the edge of the playground.")]
    public void A_figure_of_speech_or_a_death_on_screen_is_no_character_death(string text) =>
        Assert.DoesNotContain(ContentLabels.CharacterDeath, Labels(text));

    [Fact]
    public void A_death_the_story_dates_its_present_from_is_a_focal_characters()
    {
        const string text = "The month after Juno died, her brother Aled kept her bike in the hall. Juno had ridden it to " +
            "work every day, rain or shine. Aled oiled the chain on Sundays. Nobody could bring themselves to sell it, " +
            "and Juno's helmet still hung from the handlebars.";
        Assert.Contains(ContentLabels.MajorCharacterDeath, Labels(text));
    }

    [Fact]
    public void A_neighbour_who_dies_in_one_sentence_is_not_major()
    {
        const string text = "Old Mr. Hale from the corner shop died on Friday, and Bea sent a card. Bea had her own exams " +
            "to think about; she finished her revision and went to bed early.";
        var labels = Labels(text);
        Assert.Contains(ContentLabels.CharacterDeath, labels);
        Assert.DoesNotContain(ContentLabels.MajorCharacterDeath, labels);
    }

    [Fact]
    public void A_canonical_character_buried_is_major() =>
        Assert.Contains(ContentLabels.MajorCharacterDeath,
            Labels("Watson was buried at Highgate in the spring, and Holmes did not speak at the graveside.", "Sherlock Holmes - Arthur Conan Doyle"));
}
