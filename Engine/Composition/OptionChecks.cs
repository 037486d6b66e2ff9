using System.IO.Abstractions;
using Microsoft.Extensions.Options;
using RiskReporting.Core.Configuration;

namespace RiskReporting.Engine.Composition;

/// <summary>The checks the section validators share, each problem naming its setting.</summary>
internal static class OptionChecks
{
    public static ValidateOptionsResult Result(IReadOnlyList<string> problems) =>
        problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

    public static IEnumerable<string> Folder(IFileSystem fileSystem, string setting, string path)
    {
        if (!fileSystem.Directory.Exists(path))
        {
            yield return $"{setting}: 文件夹 {path} 不存在 (folder does not exist)。";
        }
    }

    public static IEnumerable<string> File(IFileSystem fileSystem, string setting, string path)
    {
        if (!fileSystem.File.Exists(path))
        {
            yield return $"{setting}: 文件 {path} 不存在 (file does not exist)。";
        }
    }

    /// <summary>An empty value means the default; anything else must be sqlite:PATH, postgres:… or oracle:….</summary>
    public static IEnumerable<string> Database(string setting, string value, string baseDirectory)
    {
        if (value.Length == 0)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            ConnectionTarget.Parse(value, baseDirectory);
        }
        catch (FormatException e)
        {
            problem = $"{setting}: {e.Message}";
        }

        if (problem is not null)
        {
            yield return problem;
        }
    }
}
