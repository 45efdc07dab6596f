namespace Tautoko.Web.Tests.Infrastructure;

/// <summary>Finds the repository from the test's output folder, so the host serves its real wwwroot.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Tautoko.Web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tautoko.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Tautoko.slnx was not found above {AppContext.BaseDirectory}.");
    }
}
