namespace Encore.Works;

/// <summary>
/// Tells subscribers that a work appeared (a draft posted, a work posted straight away) or gained a chapter. Posting
/// calls it after its own save has succeeded. The archive's subscription service implements it; until that is
/// registered, <see cref="NoWorkUpdates"/> keeps posting working without telling anyone.
/// </summary>
public interface IWorkUpdates
{
    Task NewWorkAsync(int workId, CancellationToken ct = default);
    Task NewChapterAsync(int workId, int chapterId, CancellationToken ct = default);
}

public sealed class NoWorkUpdates : IWorkUpdates
{
    public Task NewWorkAsync(int workId, CancellationToken ct = default) => Task.CompletedTask;
    public Task NewChapterAsync(int workId, int chapterId, CancellationToken ct = default) => Task.CompletedTask;
}
