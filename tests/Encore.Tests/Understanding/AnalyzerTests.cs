using Encore.Understanding;

namespace Encore.Tests.Understanding;

public class AnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new(KnowledgeBase.Shipped());

    private static IReadOnlyList<Suggestion> Analyze(string text, string? fandom = "Smash (TV 2012)", string? notes = null) =>
        Analyzer.Analyze(new AnalysisInput { Text = text, Notes = notes, Fandoms = fandom == null ? [] : [fandom] });

    private static List<string> Labels(IReadOnlyList<Suggestion> found) =>
        found.Where(s => s.Type is Suggestion.Warning or Suggestion.Content).Select(s => s.Tag).ToList();

    [Theory]
    [InlineData("She swallowed the pills and overdosed on the bathroom floor. Sam found her in the morning.", ContentLabels.DrugOverdose)]
    [InlineData("He had been sober for six years when he walked into the bar and ordered a double. By midnight he had finished the bottle.", ContentLabels.AlcoholAbuse)]
    [InlineData("Derek punched him in the face, and the man went down hard.", ContentLabels.Violence)]
    [InlineData("The doctors admitted her to the hospital that night, and she stayed on the ward for a week.", ContentLabels.Hospitalization)]
    [InlineData("Ivy had been making herself sick after every meal for months, and nobody had noticed how thin she was.", ContentLabels.EatingDisorders)]
    [InlineData("Tom died in the spring. Julia sang at his funeral and could not finish the song.", ContentLabels.CharacterDeath)]
    [InlineData("Two winters ago she had tried to take her own life, and the scar on her wrist was the only thing she never talked about.", ContentLabels.SuicideAttempt)]
    [InlineData("Her brother hanged himself in the barn the summer she turned twenty.", ContentLabels.CharacterDeath)]
    [InlineData("He had washed down his sleeping pills with vodka, and the paramedics could not wake him.", ContentLabels.DrugOverdose)]
    [InlineData("Most nights he drank until he passed out on the sofa with the television still on.", ContentLabels.AlcoholAbuse)]
    // Each of these signs alone is weak (an injury keeps people in too); two of them together are enough.
    [InlineData("She hadn't left her flat in weeks. Nothing mattered anymore, and the curtains stayed closed.", ContentLabels.Depression)]
    [InlineData("At the party he took advantage of her when she was too drunk to stand, and she told nobody for a year.", ContentLabels.RapeNonCon)]
    // Other ways of saying the same things.
    [InlineData("She saved up her mother's co-codamol for a month and took the lot with half a bottle of vodka.", ContentLabels.SuicideAttempt)]
    [InlineData("He OD'd in the toilets at the gig, and she jammed the nasal spray up his nose the way the outreach worker had shown her.", ContentLabels.DrugOverdose)]
    [InlineData("By the third week of previews Julia was keeping vodka in her water bottle.", ContentLabels.AlcoholAbuse)]
    [InlineData("Ivy ran the tap so nobody would hear her bring it all back up after the cast dinner.", ContentLabels.EatingDisorders)]
    [InlineData("The third time he had his hand around my throat, and he said, very softly, look what you made me do.", ContentLabels.DomesticAbuse)]
    [InlineData("Mr. Bennet did not live to see the spring; we laid him to rest at Longbourn in February.", ContentLabels.CharacterDeath)]
    [InlineData("Dr Shah put me on fluoxetine in March, and in May she switched me to mirtazapine.", ContentLabels.Depression)]
    [InlineData("Karen spent five days on the psych floor at Bellevue.", ContentLabels.Hospitalization)]
    public void Finds_what_happens_in_the_story(string text, string label) =>
        Assert.Contains(label, Labels(Analyze(text)));

    [Theory]
    [InlineData("She didn't take the pills. She put the bottle back in the cabinet and went to bed.", ContentLabels.DrugOverdose)]
    [InlineData("A doctor mentioned an overdose case she had seen that week, and Karen nodded politely.", ContentLabels.DrugOverdose)]
    [InlineData("They went for a drink after rehearsal, one glass of wine each, and talked about the second act.", ContentLabels.AlcoholAbuse)]
    [InlineData("She was on life support for three days after the overdose, and then she pulled through and woke up.", ContentLabels.CharacterDeath)]
    [InlineData("Karen was dead tired after the matinee, and the cast killed it in the evening show.", ContentLabels.CharacterDeath)]
    [InlineData("The song was a smash hit, and the whole company hit the stage running.", ContentLabels.Violence)]
    [InlineData("What if he hit her? The thought kept Karen awake, though Derek had never raised a hand to anyone.", ContentLabels.Violence)]
    [InlineData("Smash has been depressing lately, but the finale was wonderful.", ContentLabels.Depression)]
    [InlineData("Somebody whispered his name from the wings, and his head shot up.", ContentLabels.DrugUse)]
    [InlineData("Her mind was gone, lost somewhere in the song, and then she kissed him again.", ContentLabels.CharacterDeath)]
    [InlineData("He was too beaten down by the notes to fight that fight again.", ContentLabels.Violence)]
    [InlineData("If I have to sit through that number once more I'll kill myself laughing.", ContentLabels.CharacterDeath)]
    [InlineData("Tom took advantage of the quiet to rewrite the bridge.", ContentLabels.RapeNonCon)]
    [InlineData("They shared a glass of wine with dinner and talked until midnight.", ContentLabels.AlcoholAbuse)]
    [InlineData("\"I have had,\" he announced, \"an overdose of show tunes.\"", ContentLabels.DrugOverdose)]
    [InlineData("Opening night, and the whole cast was high on adrenaline and cheap prosecco.", ContentLabels.DrugUse)]
    [InlineData("Her words struck him like a blow.", ContentLabels.Violence)]
    [InlineData("On the radio the newsreader said the actor had passed away at his home in Malibu.", ContentLabels.CharacterDeath)]
    [InlineData("Mo finished her shift on the children's ward at eight and caught the night bus home.", ContentLabels.Hospitalization)]
    [InlineData("It's been six days, because I hurt myself again after four months clean.", ContentLabels.DrugUse)]
    public void Passes_over_negation_distance_idioms_and_near_misses(string text, string label) =>
        Assert.DoesNotContain(label, Labels(Analyze(text)));

    [Fact]
    public void An_overdose_on_life_support_is_an_overdose_and_a_hospital_stay_but_not_a_death()
    {
        var labels = Labels(Analyze("Ivy overdosed in March. She was on life support in the ICU for two days, and then she pulled through."));
        Assert.Contains(ContentLabels.DrugOverdose, labels);
        Assert.Contains(ContentLabels.Hospitalization, labels);
        Assert.DoesNotContain(ContentLabels.CharacterDeath, labels);
    }

    [Fact]
    public void Every_suggestion_quotes_its_evidence_with_offsets_into_the_text()
    {
        const string text = "Rehearsal ran late. Derek punched the stage manager in the face and walked out.";
        var violence = Analyze(text).Single(s => s.Tag == ContentLabels.Violence);
        var evidence = violence.Evidence.Single();
        Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
        Assert.InRange(violence.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Characters_are_found_by_their_aliases_and_a_shared_surname_goes_to_the_right_one()
    {
        var found = Analyze("Julia Houston rewrote the ending. Julia hated it. Houston, Tom said, you always hate it. Leo rolled his eyes at his mother.");
        var characters = found.Where(s => s.Type == Suggestion.Character).Select(s => s.Tag).ToList();
        Assert.Contains("Julia Houston", characters);
        Assert.DoesNotContain("Frank Houston", characters);
        Assert.DoesNotContain("Leo Houston", characters); // one bare mention is not enough
        Assert.Equal("3 mentions", found.Single(s => s.Tag == "Julia Houston").Note);
    }

    [Fact]
    public void The_fandom_comes_from_a_disclaimer_or_from_several_of_its_characters()
    {
        var disclaimer = Analyze("He walked home in the rain.", fandom: null, notes: "I own nothing in relation to the show SMASH.");
        Assert.Equal(0.95, disclaimer.Single(s => s.Type == Suggestion.Fandom && s.Tag == "Smash (TV 2012)").Confidence);

        var characters = Analyze("Derek watched Ivy rehearse. Karen sat with Tom at the piano. Eileen said nothing. Ivy sang again.", fandom: null);
        Assert.Contains(characters, s => s.Type == Suggestion.Fandom && s.Tag == "Smash (TV 2012)");

        // One common first name is not a fandom.
        var karen = Analyze("Karen went to the shops and came home again.", fandom: null);
        Assert.DoesNotContain(karen, s => s.Type == Suggestion.Fandom);
    }

    [Fact]
    public void Relationships_from_notation_resolve_to_canonical_names_and_implied_ones_say_so()
    {
        var found = Analyze("They argued about the show.", notes: "Derek/Karen (Derek/Ivy implied)");
        var relationships = found.Where(s => s.Type == Suggestion.Relationship).ToDictionary(s => s.Tag);
        Assert.Equal(0.9, relationships["Derek Wills/Karen Cartwright"].Confidence);
        Assert.Equal("implied", relationships["Derek Wills/Ivy Lynn"].Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Это история на другом языке, без известного фэндома. Она короткая.")]
    [InlineData("这是一个中文故事。没有人物。")]
    [InlineData("A story that names nobody anyone knows, set in a town nobody has heard of.")]
    public void Any_text_gets_a_result_and_never_an_exception(string text)
    {
        var found = Analyze(text, fandom: null);
        Assert.DoesNotContain(found, s => s.Type is Suggestion.Fandom or Suggestion.Character);
    }

    [Fact]
    public async Task A_twenty_megabyte_text_is_analysed_without_failing()
    {
        var paragraph = "Karen sang the bridge again while Derek watched from the dark, and nobody said a word. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 20 * 1024 * 1024 / paragraph.Length));
        var found = await Task.Run(() => Analyze(text)).WaitAsync(TimeSpan.FromMinutes(3)); // a hang guard, not a speed target
        Assert.Contains(found, s => s.Tag == "Karen Cartwright");
    }

    [Fact]
    public void Ratings_follow_what_the_text_contains()
    {
        Rating("Karen and Ivy drank tea and talked about the weather.", Encore.Tags.FixedTags.GeneralAudiences);
        Rating("\"Fuck,\" Derek said, and threw the script across the room.", Encore.Tags.FixedTags.TeenAndUp);
        Rating("They made love slowly, and afterwards lay tangled in the sheets.", Encore.Tags.FixedTags.Mature);

        void Rating(string text, string expected) => Assert.Equal(expected, Analyze(text).Single(s => s.Type == Suggestion.Rating).Tag);
    }

    [Fact]
    public void A_rating_quotes_a_sentence_two_labels_share_once()
    {
        var found = Analyze("Tom died on a Tuesday. Julia sat at his piano all week. Tom would have hated the fuss, she said.");
        Assert.Contains(found, s => s.Tag == ContentLabels.MajorCharacterDeath);
        var rating = found.Single(s => s.Type == Suggestion.Rating);
        Assert.NotEmpty(rating.Evidence);
        Assert.Equal(rating.Evidence.Count, rating.Evidence.DistinctBy(e => (e.Start, e.End)).Count());
    }
}
