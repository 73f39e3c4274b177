using Encore.Understanding;

namespace Encore.Tests.Understanding;

// Who dies: pronouns resolved to the story's characters, relatives and strangers told apart, and original work's
// own people found by how the story names them.
public class WhoDiesTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static List<string> Labels(string text, string fandom = "Smash (TV 2012)") =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Fandoms = [fandom] })
            .Where(s => s.Type is Suggestion.Warning or Suggestion.Content).Select(s => s.Tag).ToList();

    [Theory]
    // A pronoun after a name of the same gender, a few sentences back.
    [InlineData("Tom came home from the hospital in March. He was tired all the time and pretended not to be. In June he died in his sleep.")]
    // "she never woke up": the pronoun means the woman named before, not the man named since.
    [InlineData("Ivy sat with her hands in her lap while the doctors talked. Derek held the door for them. She never woke up.")]
    // The name comes after, standing alone.
    [InlineData("\"They lost him on the table,\" Julia said. She was still in her coat. \"Tom.\"")]
    // The object of a burial, and a character "gone" beside it.
    [InlineData("Ivy's gone. Her mother called at four. We bury her on Thursday, next to her grandfather.")]
    // A gentle phrase said of a named character is a death.
    [InlineData("Mr. Bennet had slipped away between one sentence and the next.", "Pride and Prejudice - Jane Austen")]
    public void A_death_that_falls_on_a_character_of_the_story_is_major(string text, string fandom = "Smash (TV 2012)")
    {
        var labels = Labels(text, fandom);
        Assert.Contains(ContentLabels.CharacterDeath, labels);
        Assert.Contains(ContentLabels.MajorCharacterDeath, labels);
    }

    [Theory]
    // A stranger: "he" means the man at the bar, named by nothing.
    [InlineData("Karen and Ivy waited by the stage door. A man at the far end of the bar slumped over his drink. He died before the ambulance came.")]
    // A relative: a character's death, not a major character's.
    [InlineData("Karen's father died in the spring, and she flew home to Iowa for the funeral.")]
    [InlineData("Julia sat with her mother at the end. Her mother died a little after midnight.")]
    // A possessive is not the one who dies.
    [InlineData("Tom's dog died in the spring, and he cried for a week.")]
    // The one in focus is a woman; "he" has nobody to mean.
    [InlineData("Karen sat in the waiting room all night. He never woke up, the nurse said.")]
    public void A_death_that_falls_on_nobody_of_the_story_is_not_major(string text) =>
        Assert.DoesNotContain(ContentLabels.MajorCharacterDeath, Labels(text));

    [Fact]
    public void In_original_work_the_lead_is_found_by_how_the_story_names_her()
    {
        const string text = "Odile had kept the light for forty-one years, and she meant to keep it one more night. " +
            "The inspector's letter was on the table. She climbed the stairs slowly. She wound the clockwork. " +
            "In the morning the relief boat found her still in the chair. She had died some time before dawn, the doctor said.";
        Assert.Contains(ContentLabels.MajorCharacterDeath, Labels(text, "Original Work"));
    }

    // The convention since 2026-11-22: a passage about a friend's death is about the friend, whoever tells it.
    [Fact]
    public void In_original_work_a_friend_a_narrator_mourns_is_a_main_character()
    {
        const string text = "A month after Mika died we held the memorial in the back room of the pub. I played the song " +
            "she always requested. Mika had been ashamed of it, her mum said, and I said nothing. My hands shook. I got " +
            "through two verses before I stopped.";
        var labels = Labels(text, "Original Work");
        Assert.Contains(ContentLabels.CharacterDeath, labels);
        Assert.Contains(ContentLabels.MajorCharacterDeath, labels);
    }

    [Fact]
    public void A_friend_whose_death_a_narrator_mentions_once_is_not_a_main_character()
    {
        const string text = "I got the job at the bakery in March. Mika died that spring, and I went back to work the same week. " +
            "Rosa taught me the sourdough. Rosa laughed at my loaves. Rosa said I would learn, and by June I had.";
        var labels = Labels(text, "Original Work");
        Assert.Contains(ContentLabels.CharacterDeath, labels);
        Assert.DoesNotContain(ContentLabels.MajorCharacterDeath, labels);
    }

    [Theory]
    [InlineData("We buried Dad on a Tuesday in the rain. My brother read the lesson and got through it. I didn't.")]
    [InlineData("Mum died on the Sunday, just before it got light. I was holding her hand and I did not notice the moment. The nurse did.")]
    public void A_parent_called_by_the_relation_whose_death_the_passage_tells_is_a_main_character(string text) =>
        Assert.Contains(ContentLabels.MajorCharacterDeath, Labels(text, "Original Work"));

    [Theory]
    [InlineData("Grandma June had died in her sleep, in the farmhouse where Karen had learned to sing. Karen called Derek from the airport.")]
    [InlineData("When his sister rang he told her he loved her, which he had not said since Mum's funeral, and she laughed at him.")]
    public void A_grandparent_or_a_parent_s_funeral_in_passing_is_no_main_character_s_death(string text) =>
        Assert.DoesNotContain(ContentLabels.MajorCharacterDeath, Labels(text, "Original Work"));

    [Fact]
    public void A_death_with_nobody_named_is_major_when_a_character_is_spoken_of_as_the_dead_are()
    {
        var labels = Labels("Julia sat at the piano for a long time. It had been nine days since the funeral. Everyone said the show " +
            "had to go on, that Tom would have wanted it.");
        Assert.Contains(ContentLabels.MajorCharacterDeath, labels);
        // Without the grief, a funeral is nobody's in particular.
        Assert.DoesNotContain(ContentLabels.MajorCharacterDeath, Labels("Julia sat at the piano for a long time. It had been nine days since the funeral."));
    }

    [Fact]
    public void A_sentence_that_echoes_an_idiom_is_no_death()
    {
        Assert.DoesNotContain(ContentLabels.CharacterDeath, Labels("\"The second-act opener died,\" Julia said. \"Died, Tom. Nobody laughed once.\""));
        // An echo of a real death is still one.
        Assert.Contains(ContentLabels.CharacterDeath, Labels("Tom died on Friday. Died, and nobody told me until Sunday."));
    }

    [Fact]
    public void Pronouns_mean_the_last_person_of_their_gender_in_focus()
    {
        var text = new TextDocument("Odile climbed the stairs, and she rested at every landing. The big man at the bottom watched her. He said nothing.");
        var cast = StoryCast.Of(Analyzer.Knowledge, new NameIndex([]), new AnalysisInput { Text = text.Text, Fandoms = ["Original Work"] }, [], text);
        string Means(int sentence, string pronoun)
        {
            var r = cast.People.In(text.Sentences[sentence]).First(p => text.Text[p.Start..p.End] == pronoun);
            var who = cast.People.Resolve(r);
            return who == null ? "nobody" : text.Text[who.Start..who.End];
        }
        Assert.Equal(Gender.Female, cast.People.GenderOf("Odile"));
        Assert.Equal("Odile", Means(0, "she"));
        Assert.Equal("Odile", Means(1, "her"));
        Assert.Equal("The big man", Means(2, "He"));
    }
}
