namespace RiskReporting.Testing;

/// <summary>Where the repository and the shared specification sit, found from the test binaries' folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/spec beside the repository: the contract the tests check against.</summary>
    public static string SpecDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "spec"));

    public static string ToolsDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "tools"));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "RiskReporting.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RiskReporting.sln was not found above " + AppContext.BaseDirectory);
    }
}
