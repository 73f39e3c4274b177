using Encore.Catalog;

namespace Encore.Web.Catalog;

public static class CatalogServices
{
    public static IServiceCollection AddEncoreCatalog(this IServiceCollection services) => services
        .AddSingleton<IWorkSearch, TitleTagSearch>()
        .AddScoped<CatalogLists>()
        .AddScoped<CatalogNavigation>();
}
