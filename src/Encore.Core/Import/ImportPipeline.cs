using System.Threading.Channels;

namespace Encore.Import;

// Runs an import over many files: reading and parsing on every core, storing in input order on one thread (SQLite
// has one writer, and results must come out in the order the files were given). At most Window posts are in flight,
// so memory stays bounded however many files there are.
public static class ImportPipeline
{
    private const int Window = 64;

    public static async IAsyncEnumerable<ImportOutcome> RunAsync(
        Importer importer, IEnumerable<(string Source, Func<CancellationToken, Task<byte[]>> Read)> files,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var context = await importer.ContextAsync(ct);
        var queue = Channel.CreateBounded<Task<PreparedPost>>(Window);
        // When storing, the writer needs a core of its own: on 2 cores one parser and one writer import faster
        // than two parsers starving the writer (measured by bench/Encore.Bench import).
        using var parsers = new SemaphoreSlim(importer.Writes ? Math.Max(1, Environment.ProcessorCount - 1) : Environment.ProcessorCount);

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var (source, read) in files)
                {
                    await parsers.WaitAsync(ct);
                    var work = Task.Run(async () =>
                    {
                        try
                        {
                            return Importer.Prepare(source, await read(ct), context);
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ImportException)
                        {
                            // Reading the file failed; Prepare itself never throws for a bad post.
                            return new PreparedPost(source, PostFormat.Text, null, null, null, null, e.Message);
                        }
                        finally
                        {
                            parsers.Release();
                        }
                    }, ct);
                    await queue.Writer.WriteAsync(work, ct);
                }
            }
            finally
            {
                queue.Writer.Complete();
            }
        }, ct);

        await foreach (var prepared in queue.Reader.ReadAllAsync(ct))
            yield return await importer.StoreAsync(await prepared, ct);
        await producer;
    }
}
