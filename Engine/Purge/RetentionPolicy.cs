using System.Globalization;
using System.IO.Abstractions;

namespace RiskReporting.Engine.Purge;

/// <summary>
/// The retention policy as data (rules/retention.csv, issue #18): <c>kind,years,what</c>, one line per kind of record.
/// A kind the file leaves out is never purged. A malformed file is refused naming the file, the line and the field.
/// </summary>
public sealed class RetentionPolicy
{
    private const string Header = "kind,years,what";

    private RetentionPolicy(string file, IReadOnlyList<RetentionRule> rules)
    {
        File = file;
        Rules = rules;
    }

    public string File { get; }

    public IReadOnlyList<RetentionRule> Rules { get; }

    public RetentionRule? For(string kind) => Rules.FirstOrDefault(r => r.Kind == kind);

    public static RetentionPolicy Load(IFileSystem fileSystem, string file)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        if (!fileSystem.File.Exists(file))
        {
            throw Malformed(file, 0, "file", "文件不存在");
        }

        var lines = fileSystem.File.ReadAllLines(file);
        if (lines.Length == 0 || lines[0].Trim().TrimStart('\uFEFF') != Header)
        {
            throw Malformed(file, 1, "header", $"首行应为 {Header}");
        }

        var rules = new List<RetentionRule>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            rules.Add(Parse(file, i + 1, lines[i], rules));
        }

        return new RetentionPolicy(file, rules);
    }

    private static RetentionRule Parse(string file, int number, string line, List<RetentionRule> earlier)
    {
        var fields = line.Split(',', 3);
        if (fields.Length < 3)
        {
            throw Malformed(file, number, "what", "每行应有 kind,years,what 三个字段");
        }

        var kind = fields[0].Trim();
        if (!RetentionKind.All.Contains(kind, StringComparer.Ordinal))
        {
            throw Malformed(file, number, "kind", $"'{kind}' 不是可保管的记录种类（{string.Join("、", RetentionKind.All)}）");
        }

        if (earlier.Any(r => r.Kind == kind))
        {
            throw Malformed(file, number, "kind", $"'{kind}' 重复出现");
        }

        if (!int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years > 100)
        {
            throw Malformed(file, number, "years", $"'{fields[1].Trim()}' 应为 0–100 的整数年数");
        }

        if (fields[2].Trim().Length == 0)
        {
            throw Malformed(file, number, "what", "说明为空");
        }

        return new RetentionRule(kind, years, fields[2].Trim());
    }

    private static RefusalException Malformed(string file, int line, string field, string reason) =>
        new(RefusalCode.InvalidConfiguration, $"保管期限文件有误：{file} 第 {line.ToString(CultureInfo.InvariantCulture)} 行，字段 {field}：{reason}。");
}
