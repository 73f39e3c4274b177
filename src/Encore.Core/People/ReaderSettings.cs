namespace Encore.People;

public enum Theme { System = 0, Light = 1, Dark = 2 }

public enum LineWidth { Medium = 0, Narrow = 1, Wide = 2 }

// How a signed-in reader likes pages to look and what they would rather not see. Stored on the user row.
public class ReaderSettings
{
    public const int MinFontPercent = 80;
    public const int MaxFontPercent = 200;

    public int FontPercent { get; set; } = 100;
    public LineWidth LineWidth { get; set; } = LineWidth.Medium;
    public Theme Theme { get; set; } = Theme.System;

    // Additional tags can give the story away; folded behind "Show additional tags" when set.
    public bool HideAdditionalTags { get; set; }

    // Beyond AO3: the tag blocklist also hides works whose text Encore flagged with a blocked tag, unless the
    // creator rejected that suggestion.
    public bool BlockSuggestedTags { get; set; } = true;
}
