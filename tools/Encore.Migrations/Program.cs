using Encore.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project tools/Encore.Migrations -- add NAME
// Writes the migration NAME for SQLite and for PostgreSQL into src/Encore.Core/Data/Migrations/{Sqlite,Postgres}.
if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: Encore.Migrations add NAME");
    return 2;
}

var coreProject = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Encore.Core"));
if (!File.Exists(Path.Combine(coreProject, "Encore.Core.csproj")))
{
    Console.Error.WriteLine($"cannot find Encore.Core at {coreProject}");
    return 2;
}

Scaffold(DatabaseServices.Open(new DatabaseSettings(DatabaseProvider.Sqlite, ":memory:")), "Sqlite",
    s => new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(s));
Scaffold(DatabaseServices.Open(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=encore_design")), "Postgres",
    s => new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(s));
return 0;

void Scaffold(DbContext context, string folder, Action<IServiceCollection> provider)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(context);
    provider(services);
    using var sp = services.BuildServiceProvider();
    var scaffolder = sp.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Encore", $"Data.Migrations.{folder}", "C#");
    var files = scaffolder.Save(coreProject, migration, Path.Combine(coreProject, "Data", "Migrations", folder));
    Console.WriteLine($"{folder}: {files.MigrationFile}");
}
