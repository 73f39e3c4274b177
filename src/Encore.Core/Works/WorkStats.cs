namespace Encore.Works;

public static class WorkStats
{
    // Recomputes the figures stored on the work from its chapters. AO3: complete when posted == expected.
    public static void Refresh(Work work)
    {
        work.ChapterCount = work.Chapters.Count;
        work.WordCount = work.Chapters.Sum(c => c.WordCount);
        work.IsComplete = work.ExpectedChapters is { } expected && expected == work.ChapterCount;
    }

    // "3/?" while the total is unknown, "3/3" when complete.
    public static string ChapterLine(Work work) => $"{work.ChapterCount}/{work.ExpectedChapters?.ToString() ?? "?"}";
}
