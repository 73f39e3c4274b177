using Encore.Data;
using Encore.Search;

namespace Encore.Web.Search;

public static class SearchServices
{
    public static IServiceCollection AddEncoreSearch(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(_ => new IndexHost(() => DatabaseServices.Open(database)));
        services.AddHostedService<IndexUpkeep>();
        return services;
    }

    // A request that may have changed the database (any POST) brings this node's index up to date before its answer
    // leaves, so the page the writer is sent to next already lists the change.
    public static IApplicationBuilder UseIndexCatchUp(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next();
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            await context.RequestServices.GetRequiredService<IndexHost>().CatchUpAsync(CancellationToken.None);
    });
}
