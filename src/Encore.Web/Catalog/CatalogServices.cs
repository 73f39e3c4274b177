using Encore.Catalog;

namespace Encore.Web.Catalog;

public static class CatalogServices
{
    public static IServiceCollection AddEncoreCatalog(this IServiceCollection services) => services
        .AddScoped<CatalogLists>()
        .AddScoped<CatalogNavigation>();
}
