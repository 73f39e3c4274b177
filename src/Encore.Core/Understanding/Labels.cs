namespace Encore.Understanding;

// The labels the analyser suggests: AO3's archive warnings, and the content tags readers filter on, under AO3's names.
public static class ContentLabels
{
    public const string MajorCharacterDeath = "Major Character Death";
    public const string GraphicViolence = "Graphic Depictions Of Violence";
    public const string RapeNonCon = "Rape/Non-Con";
    public const string UnderageSex = "Underage Sex";
    public const string SuicideAttempt = "Suicide Attempt";
    public const string SuicidalThoughts = "Suicidal Thoughts";
    public const string SelfHarm = "Self-Harm";
    public const string DrugOverdose = "Drug Overdose";
    public const string DrugUse = "Drug Use";
    public const string AlcoholAbuse = "Alcohol Abuse";
    public const string Depression = "Depression";
    public const string Hospitalization = "Hospitalization";
    public const string CharacterDeath = "Character Death";
    public const string SexualContent = "Sexual Content";
    public const string Violence = "Violence";
    public const string DomesticAbuse = "Domestic Abuse";
    public const string EatingDisorders = "Eating Disorders";

    public static readonly string[] Warnings = [MajorCharacterDeath, GraphicViolence, RapeNonCon, UnderageSex];

    public static readonly string[] Content =
    [
        SuicideAttempt, SuicidalThoughts, SelfHarm, DrugOverdose, DrugUse, AlcoholAbuse, Depression, Hospitalization,
        CharacterDeath, SexualContent, Violence, DomesticAbuse, EatingDisorders,
    ];

    public static readonly string[] All = [.. Warnings, .. Content];

    public static string TypeOf(string label) => Warnings.Contains(label) ? Suggestion.Warning : Suggestion.Content;

    // What one label means, the second does too: every labelled set writes both. Not Underage Sex to Sexual Content:
    // abuse disclosed ("I was fourteen when it started") is the one, not the other.
    public static readonly (string Label, string Implied)[] Implications =
    [
        (MajorCharacterDeath, CharacterDeath), (GraphicViolence, Violence), (SuicideAttempt, SuicidalThoughts), (DrugOverdose, DrugUse),
    ];
}
